/** detect-secrets `util/filetype.py`: the extension map used by the keyword plugin and the eager pass. */
import { splitExt } from './py.js';

export type FileType =
  | 'cls'
  | 'example'
  | 'go'
  | 'java'
  | 'javascript'
  | 'php'
  | 'objective_c'
  | 'python'
  | 'swift'
  | 'terraform'
  | 'yaml'
  | 'c_sharp'
  | 'c'
  | 'c_plus_plus'
  | 'config'
  | 'ini'
  | 'properties'
  | 'toml'
  | 'other';

const BY_EXTENSION: Record<string, FileType> = {
  '.cls': 'cls',
  '.example': 'example',
  '.eyaml': 'yaml',
  '.go': 'go',
  '.java': 'java',
  '.js': 'javascript',
  '.m': 'objective_c',
  '.php': 'php',
  '.py': 'python',
  '.pyi': 'python',
  '.swift': 'swift',
  '.tf': 'terraform',
  '.yaml': 'yaml',
  '.yml': 'yaml',
  '.cs': 'c_sharp',
  '.c': 'c',
  '.cpp': 'c_plus_plus',
  '.cnf': 'config',
  '.conf': 'config',
  '.cfg': 'config',
  '.cf': 'config',
  '.ini': 'ini',
  '.properties': 'properties',
  '.toml': 'toml',
};

export function determineFileType(filename: string): FileType {
  return Object.hasOwn(BY_EXTENSION, splitExt(filename)) ? BY_EXTENSION[splitExt(filename)]! : 'other';
}
