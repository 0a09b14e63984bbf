// policy.weakened compares a custom policy's where/assert by meaning where a reordering provably
// cannot change what the schema accepts, and exactly everywhere else. Each pair is written here
// with the verdict a reviewer would give it.
import { describe, expect, it } from 'vitest';
import { policyFileWeakenings } from '../../src/policy/weakening.js';
import { sameSchema } from '../../src/policy/schema-canonical.js';

const pairs: { name: string; a: unknown; b: unknown; same: boolean }[] = [
  {
    name: 'object keys reordered',
    a: { required: ['gateway'], properties: { gateway: { type: 'object' } } },
    b: { properties: { gateway: { type: 'object' } }, required: ['gateway'] },
    same: true,
  },
  { name: 'required reordered', a: { required: ['a', 'b'] }, b: { required: ['b', 'a'] }, same: true },
  { name: 'a required member dropped', a: { required: ['a', 'b'] }, b: { required: ['b'] }, same: false },
  { name: 'enum reordered', a: { enum: ['x', 'y'] }, b: { enum: ['y', 'x'] }, same: true },
  { name: 'type list reordered', a: { type: ['string', 'null'] }, b: { type: ['null', 'string'] }, same: true },
  {
    name: 'anyOf members reordered',
    a: { anyOf: [{ required: ['a'] }, { required: ['b'] }] },
    b: { anyOf: [{ required: ['b'] }, { required: ['a'] }] },
    same: true,
  },
  {
    name: 'a const array reordered (data: its order is meaning)',
    a: { const: ['a', 'b'] },
    b: { const: ['b', 'a'] },
    same: false,
  },
  {
    name: 'a required inside const data is data, not a keyword',
    a: { const: { required: ['a', 'b'] } },
    b: { const: { required: ['b', 'a'] } },
    same: false,
  },
  {
    name: 'a property named "required" keeps its schema exact',
    a: { properties: { required: { const: [1, 2] } } },
    b: { properties: { required: { const: [2, 1] } } },
    same: false,
  },
  {
    name: 'tuple items reordered',
    a: { items: [{ type: 'string' }, { type: 'number' }] },
    b: { items: [{ type: 'number' }, { type: 'string' }] },
    same: false,
  },
  {
    name: 'allOf reordered while a $ref points at a member by index (its target would change)',
    a: { allOf: [{ required: ['a'] }, { required: ['b'] }], properties: { x: { $ref: '#/allOf/0' } } },
    b: { allOf: [{ required: ['b'] }, { required: ['a'] }], properties: { x: { $ref: '#/allOf/0' } } },
    same: false,
  },
];

describe('sameSchema', () => {
  for (const p of pairs) it(p.name, () => expect(sameSchema(p.a, p.b)).toBe(p.same));
});

const POLICY = `id: org.auth
severity: critical
message: m
appliesTo: [openclaw, compose]
assert:
  required: [gateway, agents]
  properties:
    gateway:
      required: [auth]
`;

describe('policyFileWeakenings compares by meaning', () => {
  const weakenedKeys = (head: string) =>
    policyFileWeakenings({ path: 'p.yaml', text: POLICY }, { path: 'p.yaml', text: head }, 'base').map(
      (f) => `${f.path}@${f.startLine}`,
    );

  it('a reordered assert and appliesTo are no weakening', () => {
    const head = `id: org.auth
severity: critical
message: m
appliesTo: [compose, openclaw]
assert:
  properties:
    gateway:
      required: [auth]
  required: [agents, gateway]
`;
    expect(weakenedKeys(head)).toEqual([]);
  });

  it('a required member dropped while reordering is one, at the assert key', () => {
    const head = POLICY.replace('required: [gateway, agents]', 'required: [agents]');
    expect(weakenedKeys(head)).toEqual(['org.auth.assert@5']); // ^ assert:
  });

  it('appliesTo narrowed is one', () => {
    expect(weakenedKeys(POLICY.replace('[openclaw, compose]', '[compose]'))).toEqual(['org.auth.appliesTo@4']);
  });
});
