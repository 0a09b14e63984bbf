import { createRequire as __clawlintCreateRequire } from 'node:module'; const require = __clawlintCreateRequire(import.meta.url);
import {
  emitAnnotations,
  escapeMarkdown,
  formatSummary,
  planAnnotations
} from "./chunk-6PUEECXS.js";
import {
  changedFromApi,
  changedFromGit,
  describeTarget,
  invocationFlags,
  parseInvocation,
  readTrustedPolicy,
  runLint,
  trustedLintOptions,
  trustedSide,
  weakenings
} from "./chunk-FKZV24QD.js";
import {
  DEFAULT_OPENCLAW_VERSION,
  VERSION,
  fingerprint,
  formatSarif
} from "./chunk-4PZBY4PV.js";
import {
  require_undici
} from "./chunk-NYMSFPMH.js";
import {
  ConfinedWriteError,
  mkdirConfined,
  realOrSelf,
  shouldFail,
  summarize,
  writeConfined
} from "./chunk-YCW4PPVA.js";
import {
  UsageError
} from "./chunk-URMH44IO.js";
import "./chunk-QUQWNW22.js";
import "./chunk-QRA3B4H6.js";
import "./chunk-6OAPYT3T.js";
import "./chunk-2I57N62P.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-M7CPPUSY.js";

// node_modules/tunnel/lib/tunnel.js
var require_tunnel = __commonJS({
  "node_modules/tunnel/lib/tunnel.js"(exports) {
    "use strict";
    var net = __require("net");
    var tls = __require("tls");
    var http = __require("http");
    var https = __require("https");
    var events = __require("events");
    var assert = __require("assert");
    var util = __require("util");
    exports.httpOverHttp = httpOverHttp2;
    exports.httpsOverHttp = httpsOverHttp2;
    exports.httpOverHttps = httpOverHttps2;
    exports.httpsOverHttps = httpsOverHttps2;
    function httpOverHttp2(options) {
      var agent = new TunnelingAgent(options);
      agent.request = http.request;
      return agent;
    }
    function httpsOverHttp2(options) {
      var agent = new TunnelingAgent(options);
      agent.request = http.request;
      agent.createSocket = createSecureSocket;
      agent.defaultPort = 443;
      return agent;
    }
    function httpOverHttps2(options) {
      var agent = new TunnelingAgent(options);
      agent.request = https.request;
      return agent;
    }
    function httpsOverHttps2(options) {
      var agent = new TunnelingAgent(options);
      agent.request = https.request;
      agent.createSocket = createSecureSocket;
      agent.defaultPort = 443;
      return agent;
    }
    function TunnelingAgent(options) {
      var self = this;
      self.options = options || {};
      self.proxyOptions = self.options.proxy || {};
      self.maxSockets = self.options.maxSockets || http.Agent.defaultMaxSockets;
      self.requests = [];
      self.sockets = [];
      self.on("free", function onFree(socket, host, port, localAddress) {
        var options2 = toOptions(host, port, localAddress);
        for (var i = 0, len = self.requests.length; i < len; ++i) {
          var pending = self.requests[i];
          if (pending.host === options2.host && pending.port === options2.port) {
            self.requests.splice(i, 1);
            pending.request.onSocket(socket);
            return;
          }
        }
        socket.destroy();
        self.removeSocket(socket);
      });
    }
    util.inherits(TunnelingAgent, events.EventEmitter);
    TunnelingAgent.prototype.addRequest = function addRequest(req, host, port, localAddress) {
      var self = this;
      var options = mergeOptions({ request: req }, self.options, toOptions(host, port, localAddress));
      if (self.sockets.length >= this.maxSockets) {
        self.requests.push(options);
        return;
      }
      self.createSocket(options, function(socket) {
        socket.on("free", onFree);
        socket.on("close", onCloseOrRemove);
        socket.on("agentRemove", onCloseOrRemove);
        req.onSocket(socket);
        function onFree() {
          self.emit("free", socket, options);
        }
        function onCloseOrRemove(err) {
          self.removeSocket(socket);
          socket.removeListener("free", onFree);
          socket.removeListener("close", onCloseOrRemove);
          socket.removeListener("agentRemove", onCloseOrRemove);
        }
      });
    };
    TunnelingAgent.prototype.createSocket = function createSocket(options, cb) {
      var self = this;
      var placeholder = {};
      self.sockets.push(placeholder);
      var connectOptions = mergeOptions({}, self.proxyOptions, {
        method: "CONNECT",
        path: options.host + ":" + options.port,
        agent: false,
        headers: {
          host: options.host + ":" + options.port
        }
      });
      if (options.localAddress) {
        connectOptions.localAddress = options.localAddress;
      }
      if (connectOptions.proxyAuth) {
        connectOptions.headers = connectOptions.headers || {};
        connectOptions.headers["Proxy-Authorization"] = "Basic " + new Buffer(connectOptions.proxyAuth).toString("base64");
      }
      debug2("making CONNECT request");
      var connectReq = self.request(connectOptions);
      connectReq.useChunkedEncodingByDefault = false;
      connectReq.once("response", onResponse);
      connectReq.once("upgrade", onUpgrade);
      connectReq.once("connect", onConnect);
      connectReq.once("error", onError);
      connectReq.end();
      function onResponse(res) {
        res.upgrade = true;
      }
      function onUpgrade(res, socket, head) {
        process.nextTick(function() {
          onConnect(res, socket, head);
        });
      }
      function onConnect(res, socket, head) {
        connectReq.removeAllListeners();
        socket.removeAllListeners();
        if (res.statusCode !== 200) {
          debug2(
            "tunneling socket could not be established, statusCode=%d",
            res.statusCode
          );
          socket.destroy();
          var error2 = new Error("tunneling socket could not be established, statusCode=" + res.statusCode);
          error2.code = "ECONNRESET";
          options.request.emit("error", error2);
          self.removeSocket(placeholder);
          return;
        }
        if (head.length > 0) {
          debug2("got illegal response body from proxy");
          socket.destroy();
          var error2 = new Error("got illegal response body from proxy");
          error2.code = "ECONNRESET";
          options.request.emit("error", error2);
          self.removeSocket(placeholder);
          return;
        }
        debug2("tunneling connection has established");
        self.sockets[self.sockets.indexOf(placeholder)] = socket;
        return cb(socket);
      }
      function onError(cause) {
        connectReq.removeAllListeners();
        debug2(
          "tunneling socket could not be established, cause=%s\n",
          cause.message,
          cause.stack
        );
        var error2 = new Error("tunneling socket could not be established, cause=" + cause.message);
        error2.code = "ECONNRESET";
        options.request.emit("error", error2);
        self.removeSocket(placeholder);
      }
    };
    TunnelingAgent.prototype.removeSocket = function removeSocket(socket) {
      var pos = this.sockets.indexOf(socket);
      if (pos === -1) {
        return;
      }
      this.sockets.splice(pos, 1);
      var pending = this.requests.shift();
      if (pending) {
        this.createSocket(pending, function(socket2) {
          pending.request.onSocket(socket2);
        });
      }
    };
    function createSecureSocket(options, cb) {
      var self = this;
      TunnelingAgent.prototype.createSocket.call(self, options, function(socket) {
        var hostHeader = options.request.getHeader("host");
        var tlsOptions = mergeOptions({}, self.options, {
          socket,
          servername: hostHeader ? hostHeader.replace(/:.*$/, "") : options.host
        });
        var secureSocket = tls.connect(0, tlsOptions);
        self.sockets[self.sockets.indexOf(socket)] = secureSocket;
        cb(secureSocket);
      });
    }
    function toOptions(host, port, localAddress) {
      if (typeof host === "string") {
        return {
          host,
          port,
          localAddress
        };
      }
      return host;
    }
    function mergeOptions(target) {
      for (var i = 1, len = arguments.length; i < len; ++i) {
        var overrides = arguments[i];
        if (typeof overrides === "object") {
          var keys = Object.keys(overrides);
          for (var j = 0, keyLen = keys.length; j < keyLen; ++j) {
            var k = keys[j];
            if (overrides[k] !== void 0) {
              target[k] = overrides[k];
            }
          }
        }
      }
      return target;
    }
    var debug2;
    if (process.env.NODE_DEBUG && /\btunnel\b/.test(process.env.NODE_DEBUG)) {
      debug2 = function() {
        var args = Array.prototype.slice.call(arguments);
        if (typeof args[0] === "string") {
          args[0] = "TUNNEL: " + args[0];
        } else {
          args.unshift("TUNNEL:");
        }
        console.error.apply(console, args);
      };
    } else {
      debug2 = function() {
      };
    }
    exports.debug = debug2;
  }
});

// node_modules/tunnel/index.js
var require_tunnel2 = __commonJS({
  "node_modules/tunnel/index.js"(exports, module) {
    module.exports = require_tunnel();
  }
});

// src/action/run-action.ts
import fs4 from "node:fs";
import path from "node:path";

// node_modules/@actions/core/lib/command.js
import * as os from "os";

// node_modules/@actions/core/lib/utils.js
function toCommandValue(input) {
  if (input === null || input === void 0) {
    return "";
  } else if (typeof input === "string" || input instanceof String) {
    return input;
  }
  return JSON.stringify(input);
}
function toCommandProperties(annotationProperties) {
  if (!Object.keys(annotationProperties).length) {
    return {};
  }
  return {
    title: annotationProperties.title,
    file: annotationProperties.file,
    line: annotationProperties.startLine,
    endLine: annotationProperties.endLine,
    col: annotationProperties.startColumn,
    endColumn: annotationProperties.endColumn
  };
}

// node_modules/@actions/core/lib/command.js
function issueCommand(command, properties, message) {
  const cmd = new Command(command, properties, message);
  process.stdout.write(cmd.toString() + os.EOL);
}
var CMD_STRING = "::";
var Command = class {
  constructor(command, properties, message) {
    if (!command) {
      command = "missing.command";
    }
    this.command = command;
    this.properties = properties;
    this.message = message;
  }
  toString() {
    let cmdStr = CMD_STRING + this.command;
    if (this.properties && Object.keys(this.properties).length > 0) {
      cmdStr += " ";
      let first = true;
      for (const key in this.properties) {
        if (this.properties.hasOwnProperty(key)) {
          const val = this.properties[key];
          if (val) {
            if (first) {
              first = false;
            } else {
              cmdStr += ",";
            }
            cmdStr += `${key}=${escapeProperty(val)}`;
          }
        }
      }
    }
    cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
    return cmdStr;
  }
};
function escapeData(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/:/g, "%3A").replace(/,/g, "%2C");
}

// node_modules/@actions/core/lib/file-command.js
import * as crypto from "crypto";
import * as fs from "fs";
import * as os2 from "os";
function issueFileCommand(command, message) {
  const filePath = process.env[`GITHUB_${command}`];
  if (!filePath) {
    throw new Error(`Unable to find environment variable for file command ${command}`);
  }
  if (!fs.existsSync(filePath)) {
    throw new Error(`Missing file at path: ${filePath}`);
  }
  fs.appendFileSync(filePath, `${toCommandValue(message)}${os2.EOL}`, {
    encoding: "utf8"
  });
}
function prepareKeyValueMessage(key, value) {
  const delimiter = `ghadelimiter_${crypto.randomUUID()}`;
  const convertedValue = toCommandValue(value);
  if (key.includes(delimiter)) {
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  }
  if (convertedValue.includes(delimiter)) {
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  }
  return `${key}<<${delimiter}${os2.EOL}${convertedValue}${os2.EOL}${delimiter}`;
}

// node_modules/@actions/core/lib/core.js
import * as os4 from "os";

// node_modules/@actions/http-client/lib/index.js
var tunnel = __toESM(require_tunnel2(), 1);
var import_undici = __toESM(require_undici(), 1);
var HttpCodes;
(function(HttpCodes2) {
  HttpCodes2[HttpCodes2["OK"] = 200] = "OK";
  HttpCodes2[HttpCodes2["MultipleChoices"] = 300] = "MultipleChoices";
  HttpCodes2[HttpCodes2["MovedPermanently"] = 301] = "MovedPermanently";
  HttpCodes2[HttpCodes2["ResourceMoved"] = 302] = "ResourceMoved";
  HttpCodes2[HttpCodes2["SeeOther"] = 303] = "SeeOther";
  HttpCodes2[HttpCodes2["NotModified"] = 304] = "NotModified";
  HttpCodes2[HttpCodes2["UseProxy"] = 305] = "UseProxy";
  HttpCodes2[HttpCodes2["SwitchProxy"] = 306] = "SwitchProxy";
  HttpCodes2[HttpCodes2["TemporaryRedirect"] = 307] = "TemporaryRedirect";
  HttpCodes2[HttpCodes2["PermanentRedirect"] = 308] = "PermanentRedirect";
  HttpCodes2[HttpCodes2["BadRequest"] = 400] = "BadRequest";
  HttpCodes2[HttpCodes2["Unauthorized"] = 401] = "Unauthorized";
  HttpCodes2[HttpCodes2["PaymentRequired"] = 402] = "PaymentRequired";
  HttpCodes2[HttpCodes2["Forbidden"] = 403] = "Forbidden";
  HttpCodes2[HttpCodes2["NotFound"] = 404] = "NotFound";
  HttpCodes2[HttpCodes2["MethodNotAllowed"] = 405] = "MethodNotAllowed";
  HttpCodes2[HttpCodes2["NotAcceptable"] = 406] = "NotAcceptable";
  HttpCodes2[HttpCodes2["ProxyAuthenticationRequired"] = 407] = "ProxyAuthenticationRequired";
  HttpCodes2[HttpCodes2["RequestTimeout"] = 408] = "RequestTimeout";
  HttpCodes2[HttpCodes2["Conflict"] = 409] = "Conflict";
  HttpCodes2[HttpCodes2["Gone"] = 410] = "Gone";
  HttpCodes2[HttpCodes2["TooManyRequests"] = 429] = "TooManyRequests";
  HttpCodes2[HttpCodes2["InternalServerError"] = 500] = "InternalServerError";
  HttpCodes2[HttpCodes2["NotImplemented"] = 501] = "NotImplemented";
  HttpCodes2[HttpCodes2["BadGateway"] = 502] = "BadGateway";
  HttpCodes2[HttpCodes2["ServiceUnavailable"] = 503] = "ServiceUnavailable";
  HttpCodes2[HttpCodes2["GatewayTimeout"] = 504] = "GatewayTimeout";
})(HttpCodes || (HttpCodes = {}));
var Headers;
(function(Headers2) {
  Headers2["Accept"] = "accept";
  Headers2["ContentType"] = "content-type";
})(Headers || (Headers = {}));
var MediaTypes;
(function(MediaTypes2) {
  MediaTypes2["ApplicationJson"] = "application/json";
})(MediaTypes || (MediaTypes = {}));
var HttpRedirectCodes = [
  HttpCodes.MovedPermanently,
  HttpCodes.ResourceMoved,
  HttpCodes.SeeOther,
  HttpCodes.TemporaryRedirect,
  HttpCodes.PermanentRedirect
];
var HttpResponseRetryCodes = [
  HttpCodes.BadGateway,
  HttpCodes.ServiceUnavailable,
  HttpCodes.GatewayTimeout
];

// node_modules/@actions/core/lib/summary.js
import { EOL as EOL3 } from "os";
import { constants, promises } from "fs";
var __awaiter = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve) {
      resolve(value);
    });
  }
  return new (P || (P = Promise))(function(resolve, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var { access, appendFile, writeFile } = promises;
var SUMMARY_ENV_VAR = "GITHUB_STEP_SUMMARY";
var Summary = class {
  constructor() {
    this._buffer = "";
  }
  /**
   * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
   * Also checks r/w permissions.
   *
   * @returns step summary file path
   */
  filePath() {
    return __awaiter(this, void 0, void 0, function* () {
      if (this._filePath) {
        return this._filePath;
      }
      const pathFromEnv = process.env[SUMMARY_ENV_VAR];
      if (!pathFromEnv) {
        throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
      }
      try {
        yield access(pathFromEnv, constants.R_OK | constants.W_OK);
      } catch (_a) {
        throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
      }
      this._filePath = pathFromEnv;
      return this._filePath;
    });
  }
  /**
   * Wraps content in an HTML tag, adding any HTML attributes
   *
   * @param {string} tag HTML tag to wrap
   * @param {string | null} content content within the tag
   * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
   *
   * @returns {string} content wrapped in HTML element
   */
  wrap(tag, content, attrs = {}) {
    const htmlAttrs = Object.entries(attrs).map(([key, value]) => ` ${key}="${value}"`).join("");
    if (!content) {
      return `<${tag}${htmlAttrs}>`;
    }
    return `<${tag}${htmlAttrs}>${content}</${tag}>`;
  }
  /**
   * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
   *
   * @param {SummaryWriteOptions} [options] (optional) options for write operation
   *
   * @returns {Promise<Summary>} summary instance
   */
  write(options) {
    return __awaiter(this, void 0, void 0, function* () {
      const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
      const filePath = yield this.filePath();
      const writeFunc = overwrite ? writeFile : appendFile;
      yield writeFunc(filePath, this._buffer, { encoding: "utf8" });
      return this.emptyBuffer();
    });
  }
  /**
   * Clears the summary buffer and wipes the summary file
   *
   * @returns {Summary} summary instance
   */
  clear() {
    return __awaiter(this, void 0, void 0, function* () {
      return this.emptyBuffer().write({ overwrite: true });
    });
  }
  /**
   * Returns the current summary buffer as a string
   *
   * @returns {string} string of summary buffer
   */
  stringify() {
    return this._buffer;
  }
  /**
   * If the summary buffer is empty
   *
   * @returns {boolen} true if the buffer is empty
   */
  isEmptyBuffer() {
    return this._buffer.length === 0;
  }
  /**
   * Resets the summary buffer without writing to summary file
   *
   * @returns {Summary} summary instance
   */
  emptyBuffer() {
    this._buffer = "";
    return this;
  }
  /**
   * Adds raw text to the summary buffer
   *
   * @param {string} text content to add
   * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
   *
   * @returns {Summary} summary instance
   */
  addRaw(text, addEOL = false) {
    this._buffer += text;
    return addEOL ? this.addEOL() : this;
  }
  /**
   * Adds the operating system-specific end-of-line marker to the buffer
   *
   * @returns {Summary} summary instance
   */
  addEOL() {
    return this.addRaw(EOL3);
  }
  /**
   * Adds an HTML codeblock to the summary buffer
   *
   * @param {string} code content to render within fenced code block
   * @param {string} lang (optional) language to syntax highlight code
   *
   * @returns {Summary} summary instance
   */
  addCodeBlock(code, lang) {
    const attrs = Object.assign({}, lang && { lang });
    const element = this.wrap("pre", this.wrap("code", code), attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML list to the summary buffer
   *
   * @param {string[]} items list of items to render
   * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
   *
   * @returns {Summary} summary instance
   */
  addList(items, ordered = false) {
    const tag = ordered ? "ol" : "ul";
    const listItems = items.map((item) => this.wrap("li", item)).join("");
    const element = this.wrap(tag, listItems);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML table to the summary buffer
   *
   * @param {SummaryTableCell[]} rows table rows
   *
   * @returns {Summary} summary instance
   */
  addTable(rows) {
    const tableBody = rows.map((row) => {
      const cells = row.map((cell) => {
        if (typeof cell === "string") {
          return this.wrap("td", cell);
        }
        const { header, data, colspan, rowspan } = cell;
        const tag = header ? "th" : "td";
        const attrs = Object.assign(Object.assign({}, colspan && { colspan }), rowspan && { rowspan });
        return this.wrap(tag, data, attrs);
      }).join("");
      return this.wrap("tr", cells);
    }).join("");
    const element = this.wrap("table", tableBody);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds a collapsable HTML details element to the summary buffer
   *
   * @param {string} label text for the closed state
   * @param {string} content collapsable content
   *
   * @returns {Summary} summary instance
   */
  addDetails(label, content) {
    const element = this.wrap("details", this.wrap("summary", label) + content);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML image tag to the summary buffer
   *
   * @param {string} src path to the image you to embed
   * @param {string} alt text description of the image
   * @param {SummaryImageOptions} options (optional) addition image attributes
   *
   * @returns {Summary} summary instance
   */
  addImage(src, alt, options) {
    const { width, height } = options || {};
    const attrs = Object.assign(Object.assign({}, width && { width }), height && { height });
    const element = this.wrap("img", null, Object.assign({ src, alt }, attrs));
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML section heading element
   *
   * @param {string} text heading text
   * @param {number | string} [level=1] (optional) the heading level, default: 1
   *
   * @returns {Summary} summary instance
   */
  addHeading(text, level) {
    const tag = `h${level}`;
    const allowedTag = ["h1", "h2", "h3", "h4", "h5", "h6"].includes(tag) ? tag : "h1";
    const element = this.wrap(allowedTag, text);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML thematic break (<hr>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addSeparator() {
    const element = this.wrap("hr", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML line break (<br>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addBreak() {
    const element = this.wrap("br", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML blockquote to the summary buffer
   *
   * @param {string} text quote text
   * @param {string} cite (optional) citation url
   *
   * @returns {Summary} summary instance
   */
  addQuote(text, cite) {
    const attrs = Object.assign({}, cite && { cite });
    const element = this.wrap("blockquote", text, attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML anchor tag to the summary buffer
   *
   * @param {string} text link text/content
   * @param {string} href hyperlink
   *
   * @returns {Summary} summary instance
   */
  addLink(text, href) {
    const element = this.wrap("a", text, { href });
    return this.addRaw(element).addEOL();
  }
};
var _summary = new Summary();

// node_modules/@actions/core/lib/platform.js
import os3 from "os";

// node_modules/@actions/io/lib/io-util.js
import * as fs2 from "fs";
var { chmod, copyFile, lstat, mkdir, open, readdir, rename, rm, rmdir, stat, symlink, unlink } = fs2.promises;
var IS_WINDOWS = process.platform === "win32";
var READONLY = fs2.constants.O_RDONLY;

// node_modules/@actions/exec/lib/toolrunner.js
var IS_WINDOWS2 = process.platform === "win32";

// node_modules/@actions/core/lib/platform.js
var platform = os3.platform();
var arch = os3.arch();

// node_modules/@actions/core/lib/core.js
var ExitCode;
(function(ExitCode2) {
  ExitCode2[ExitCode2["Success"] = 0] = "Success";
  ExitCode2[ExitCode2["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
function setSecret(secret) {
  issueCommand("add-mask", {}, secret);
}
function setOutput(name, value) {
  const filePath = process.env["GITHUB_OUTPUT"] || "";
  if (filePath) {
    return issueFileCommand("OUTPUT", prepareKeyValueMessage(name, value));
  }
  process.stdout.write(os4.EOL);
  issueCommand("set-output", { name }, toCommandValue(value));
}
function setFailed(message) {
  process.exitCode = ExitCode.Failure;
  error(message);
}
function debug(message) {
  issueCommand("debug", {}, message);
}
function error(message, properties = {}) {
  issueCommand("error", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function warning(message, properties = {}) {
  issueCommand("warning", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function notice(message, properties = {}) {
  issueCommand("notice", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function info(message) {
  process.stdout.write(message + os4.EOL);
}

// src/github/proxy.ts
var pick = (env, name) => env[name.toLowerCase()] || env[name.toUpperCase()] || void 0;
function bypassesProxy(url, noProxy) {
  if (!noProxy) return false;
  const host = url.hostname.replace(/^\[|\]$/g, "").toLowerCase();
  const port = url.port || (url.protocol === "https:" ? "443" : "80");
  for (const raw of noProxy.split(/[\s,]+/)) {
    let entry = raw.trim().toLowerCase();
    if (!entry) continue;
    if (entry === "*") return true;
    let entryPort;
    const m = /^(\[[^\]]+\]|[^:]+):(\d+)$/.exec(entry);
    if (m) [entry, entryPort] = [m[1], m[2]];
    entry = entry.replace(/^\[|\]$/g, "").replace(/^\*?\./, "");
    if (entryPort && entryPort !== port) continue;
    if (host === entry || host.endsWith(`.${entry}`)) return true;
  }
  return false;
}
function proxyFor(target, env) {
  const url = new URL(target);
  const proxy = url.protocol === "https:" ? pick(env, "https_proxy") : pick(env, "http_proxy");
  if (!proxy || bypassesProxy(url, pick(env, "no_proxy"))) return void 0;
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(proxy) ? proxy : `http://${proxy}`;
}
async function fetchFor(baseUrl, env) {
  const proxy = proxyFor(baseUrl, env);
  if (!proxy) return globalThis.fetch;
  const mod = await import("./chunk-CCKE7HNE.js");
  const { fetch, ProxyAgent: ProxyAgent2 } = mod.default ?? mod;
  const dispatcher = new ProxyAgent2({ uri: proxy });
  return ((input, init) => fetch(input, { ...init, dispatcher }));
}

// src/github/client.ts
var ApiError = class extends Error {
  constructor(kind, status, message) {
    super(message);
    this.kind = kind;
    this.status = status;
  }
  kind;
  status;
};
var defaultSleep = (ms) => new Promise((r) => setTimeout(r, ms));
var GitHubClient = class {
  calls = [];
  started = Date.now();
  opts;
  fetcher;
  env;
  constructor(opts) {
    this.env = opts.env ?? process.env;
    this.opts = {
      timeoutMs: 1e4,
      maxRetries: 3,
      retryBaseMs: 300,
      maxWaitMs: 5e3,
      budgetMs: 3e4,
      userAgent: "clawlint-action",
      sleep: defaultSleep,
      ...opts,
      baseUrl: opts.baseUrl.replace(/\/+$/, "")
    };
  }
  remaining() {
    return this.opts.budgetMs - (Date.now() - this.started);
  }
  /** One REST call with retries; resolves to the parsed JSON body (or null for 204). */
  async request(method, path2, body) {
    let attempt = 0;
    for (; ; ) {
      const left = this.remaining();
      if (left <= 0) throw new ApiError("budget", 0, `GitHub API time budget spent before ${method} ${path2}`);
      let res;
      try {
        this.fetcher ??= fetchFor(this.opts.baseUrl, this.env);
        const fetch = await this.fetcher;
        res = await fetch(this.opts.baseUrl + path2, {
          method,
          headers: {
            accept: "application/vnd.github+json",
            "x-github-api-version": "2022-11-28",
            "user-agent": this.opts.userAgent,
            ...this.opts.token ? { authorization: `Bearer ${this.opts.token}` } : {},
            ...body !== void 0 ? { "content-type": "application/json" } : {}
          },
          body: body !== void 0 ? JSON.stringify(body) : void 0,
          signal: AbortSignal.timeout(Math.min(this.opts.timeoutMs, left)),
          redirect: "follow"
        });
      } catch (e) {
        this.calls.push({ method, path: path2, status: 0 });
        const err = new ApiError("network", 0, `${method} ${path2}: ${e.message}`);
        if (await this.backoff(attempt++, void 0)) continue;
        throw err;
      }
      this.calls.push({ method, path: path2, status: res.status });
      let text;
      try {
        text = await res.text();
      } catch (e) {
        if (await this.backoff(attempt++, void 0)) continue;
        throw new ApiError("network", res.status, `${method} ${path2}: ${e.message}`);
      }
      if (res.ok) {
        if (!text) return null;
        try {
          return JSON.parse(text);
        } catch {
          throw new ApiError("other", res.status, `${method} ${path2}: response is not JSON`);
        }
      }
      const message = apiMessage(text);
      const kind = classify(res, message);
      if (kind === "server" || kind === "rate-limited") {
        const wait = kind === "rate-limited" ? rateLimitWait(res) : void 0;
        if (await this.backoff(attempt++, wait)) continue;
      }
      throw new ApiError(kind, res.status, `${method} ${path2}: ${res.status} ${message}`.trim());
    }
  }
  /** Sleeps before a retry; false when no retry should be made. */
  async backoff(attempt, waitMs) {
    if (attempt >= this.opts.maxRetries) return false;
    const base = this.opts.retryBaseMs * 2 ** attempt;
    const delay = waitMs ?? base * (0.75 + Math.random() * 0.5);
    if (delay > this.opts.maxWaitMs || delay >= this.remaining()) return false;
    await this.opts.sleep(delay);
    return true;
  }
  /** GET every page of a list endpoint (`per_page=100`), at most `maxPages`. */
  async paginate(path2, maxPages = 30) {
    const out = [];
    const sep = path2.includes("?") ? "&" : "?";
    for (let page = 1; page <= maxPages; page++) {
      const items = await this.request("GET", `${path2}${sep}per_page=100&page=${page}`);
      if (!Array.isArray(items)) break;
      out.push(...items);
      if (items.length < 100) break;
    }
    return out;
  }
};
function apiMessage(text) {
  try {
    const j = JSON.parse(text);
    if (typeof j.message === "string") return j.message;
  } catch {
  }
  return text.slice(0, 200);
}
function classify(res, message) {
  const s = res.status;
  if (s >= 500) return "server";
  if (s === 429) return "rate-limited";
  if (s === 403) {
    if (/rate limit/i.test(message) || res.headers.get("retry-after") || res.headers.get("x-ratelimit-remaining") === "0")
      return "rate-limited";
    return "forbidden";
  }
  if (s === 401) return "forbidden";
  if (s === 404) return "not-found";
  return "other";
}
function rateLimitWait(res) {
  const after = res.headers.get("retry-after");
  if (after && /^\d+$/.test(after)) return Number(after) * 1e3;
  const reset = res.headers.get("x-ratelimit-reset");
  if (res.headers.get("x-ratelimit-remaining") === "0" && reset && /^\d+$/.test(reset)) {
    return Math.max(0, Number(reset) * 1e3 - Date.now());
  }
  return void 0;
}

// src/github/context.ts
import fs3 from "node:fs";
function readContext(env = process.env) {
  let payload = {};
  if (env.GITHUB_EVENT_PATH) {
    try {
      payload = JSON.parse(fs3.readFileSync(env.GITHUB_EVENT_PATH, "utf8"));
    } catch {
      payload = {};
    }
  }
  const eventName = env.GITHUB_EVENT_NAME ?? "";
  const repository = env.GITHUB_REPOSITORY || payload.repository?.full_name || "";
  const ctx = {
    eventName,
    repository,
    serverUrl: (env.GITHUB_SERVER_URL || "https://github.com").replace(/\/+$/, ""),
    apiUrl: (env.GITHUB_API_URL || "https://api.github.com").replace(/\/+$/, ""),
    sha: env.GITHUB_SHA ?? ""
  };
  const pr = payload.pull_request;
  if ((eventName === "pull_request" || eventName === "pull_request_target") && pr && typeof pr.number === "number") {
    const baseRepo = pr.base?.repo?.full_name ?? repository;
    const headRepo = pr.head?.repo?.full_name;
    const fromFork = headRepo === void 0 || headRepo === null ? pr.head?.repo === null : headRepo.toLowerCase() !== baseRepo.toLowerCase();
    ctx.pr = { number: pr.number, baseSha: pr.base?.sha ?? "", headSha: pr.head?.sha ?? "", fromFork };
    if (typeof pr.changed_files === "number") ctx.pr.changedFiles = pr.changed_files;
    if (ctx.pr.headSha) ctx.sha = ctx.pr.headSha;
    const actor = env.GITHUB_ACTOR || payload.sender?.login || "";
    if (eventName === "pull_request" && fromFork) ctx.readOnlyReason = "pull request from a fork (read-only token)";
    else if (eventName === "pull_request" && /^dependabot\[bot\]$/i.test(actor))
      ctx.readOnlyReason = "Dependabot pull request (read-only token)";
  }
  return ctx;
}

// src/action/review.ts
var MARKER_RE = /<!-- clawlint:([0-9a-f]{16,64}) -->/g;
var MAX_REVIEW_COMMENTS = 50;
var MAX_COMMENT_CHARS = 6e4;
var MAX_TEXT_CHARS = 4e3;
var MAX_SUGGESTION_CHARS = 3e4;
var ACTIONS_BOT = "github-actions[bot]";
function clip(s, max) {
  return s.length <= max ? s : `${s.slice(0, max)}\u2026 (${s.length - max} more characters cut)`;
}
function marker(f) {
  return `<!-- clawlint:${fingerprint(f)} -->`;
}
function commentBody(f) {
  const parts = [
    `**clawlint** \`${clip(f.ruleId.replace(/`/g, ""), 200)}\` (${f.severity}): ${escapeMarkdown(clip(f.message, MAX_TEXT_CHARS))}`
  ];
  if (f.fix) parts.push(`**Fix:** ${escapeMarkdown(clip(f.fix, MAX_TEXT_CHARS))}`);
  if (typeof f.suggestion === "string" && !f.suggestion.includes("```") && f.suggestion.length <= MAX_SUGGESTION_CHARS) {
    parts.push("```suggestion\n" + f.suggestion.replace(/\n$/, "") + "\n```");
  }
  const tail = marker(f);
  let body = parts.join("\n\n");
  if (body.length + tail.length + 2 > MAX_COMMENT_CHARS)
    body = clip(parts[0], MAX_COMMENT_CHARS - tail.length - 200).slice(0, MAX_COMMENT_CHARS - tail.length - 2);
  return `${body}

${tail}`;
}
function planComments(findings, changed, existing, max = MAX_REVIEW_COMMENTS) {
  const comments = [];
  let duplicates = 0;
  let outside = 0;
  const seen = new Set(existing);
  for (const f of findings) {
    const lines2 = changed.get(f.file);
    const start = Math.max(1, f.startLine);
    const end = Math.max(start, f.endLine);
    if (!(lines2 instanceof Set) || !lines2.has(start) || !lines2.has(end)) {
      outside++;
      continue;
    }
    const fp = fingerprint(f);
    if (seen.has(fp)) {
      duplicates++;
      continue;
    }
    seen.add(fp);
    if (comments.length >= max) continue;
    const c = { path: f.file, line: end, side: "RIGHT", body: commentBody(f) };
    if (end > start) {
      c.start_line = start;
      c.start_side = "RIGHT";
    }
    comments.push(c);
  }
  return { comments, duplicates, outside };
}
function ownMarkers(comments, bots) {
  const own = new Set(bots.map((b) => b.toLowerCase()));
  const out = /* @__PURE__ */ new Set();
  for (const c of comments) {
    const login = c?.user?.login;
    if (typeof login !== "string" || !own.has(login.toLowerCase()) || typeof c.body !== "string") continue;
    for (const m of c.body.matchAll(MARKER_RE)) out.add(m[1]);
  }
  return out;
}
async function postReview(client, opts) {
  const old = await client.paginate(`/repos/${opts.repo}/pulls/${opts.pr}/comments`, 10);
  const existing = ownMarkers(old, opts.bots ?? [ACTIONS_BOT]);
  const plan = planComments(opts.findings, opts.changed, existing);
  if (plan.comments.length === 0) return { posted: 0, duplicates: plan.duplicates, outside: plan.outside };
  const scrub = opts.scrub ?? ((t) => t);
  await client.request("POST", `/repos/${opts.repo}/pulls/${opts.pr}/reviews`, {
    commit_id: opts.headSha || void 0,
    event: "COMMENT",
    body: `clawlint: ${plan.comments.length} finding(s) on lines changed by this pull request.`,
    comments: plan.comments.map((c) => ({ ...c, path: scrub(c.path), body: scrub(c.body) }))
  });
  return { posted: plan.comments.length, duplicates: plan.duplicates, outside: plan.outside };
}

// src/action/changed.ts
async function findChanged(ctx, client, cwd, log) {
  const notes = [];
  if (!ctx.pr) return { notes };
  const done = (c, source) => {
    if (c.truncated)
      notes.push(
        "The pull request's file list is incomplete (GitHub lists at most 3,000 files); every finding is reported."
      );
    return { changed: c.changed, removed: c.removed, truncated: c.truncated, source, notes };
  };
  if (client && ctx.repository) {
    try {
      return done(await changedFromApi(client, ctx.repository, ctx.pr.number, ctx.pr.changedFiles), "api");
    } catch (e) {
      log(`could not list the pull request's files through the API (${e.message}); trying git diff`);
    }
  }
  try {
    const changed = await changedFromGit(cwd, ctx.pr.baseSha, ctx.pr.headSha);
    notes.push("Changed lines come from `git diff` (the GitHub API was unavailable).");
    return done(changed, "git");
  } catch (e) {
    log(`git diff failed: ${e.message}`);
    notes.push(
      "The pull request's changed files could not be determined (API unavailable and git diff failed; fetch the base commit with `fetch-depth: 0`); every finding is reported."
    );
    return { notes };
  }
}
var norm = (f) => f.replace(/^\.\//, "");
function changeScope(lint, pr, opts) {
  const changed = pr.changed;
  if (!changed || pr.truncated) return { all: true, reason: "the changed-file list is unknown or incomplete" };
  if (pr.removed?.length) return { all: true, reason: "the pull request deletes a file (an include may be gone)" };
  const policy = new Set(opts.policyFiles.filter(Boolean).map(norm));
  for (const f of changed.keys()) if (policy.has(f)) return { all: true, reason: `the pull request changes ${f}` };
  const claimed = /* @__PURE__ */ new Set();
  for (const deps of lint.dependsOn.values()) for (const d of deps) claimed.add(d);
  for (const f of changed.keys())
    if (lint.sources.has(f) && !claimed.has(f))
      return { all: true, reason: `the pull request changes ${f}, which the run reads` };
  const relevant = new Set(changed.keys());
  for (const deps of lint.dependsOn.values()) {
    if ([...deps].some((d) => changed.has(d))) for (const d of deps) relevant.add(d);
  }
  return {
    all: false,
    isChanged: (f) => relevant.has(f.file) || (f.related ?? []).some((r) => changed.has(r.file))
  };
}
function filterToScope(findings, scope) {
  return scope.all ? [...findings] : findings.filter(scope.isChanged);
}

// src/action/inputs.ts
var envInput = (name) => (process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] ?? "").trim();
function list(input) {
  return input.split(/[\n,]/).map((s) => s.trim()).filter(Boolean);
}
function lines(input) {
  return input.split("\n").map((s) => s.trim()).filter(Boolean);
}
function bool(get, name, dflt) {
  const v = get(name).toLowerCase();
  if (v === "") return dflt;
  if (["true", "yes", "on", "1"].includes(v)) return true;
  if (["false", "no", "off", "0"].includes(v)) return false;
  throw new UsageError(`input ${name} must be true or false, got ${JSON.stringify(v)}`);
}
function readInputs(get = envInput) {
  const failOn = get("fail-on").toLowerCase();
  if (failOn && !["critical", "warn", "info", "none"].includes(failOn))
    throw new UsageError(`input fail-on must be critical, warn, info or none, got ${JSON.stringify(failOn)}`);
  const maxRaw = get("max-annotations") || "10";
  const maxAnnotations = Number(maxRaw);
  if (!Number.isInteger(maxAnnotations) || maxAnnotations < 0)
    throw new UsageError(`input max-annotations must be a whole number \u2265 0, got ${JSON.stringify(maxRaw)}`);
  const oc = (get("only-changed") || "auto").toLowerCase();
  const onlyChanged = oc === "auto" ? "auto" : bool(() => oc, "only-changed", false);
  return {
    paths: list(get("paths") || "."),
    config: get("config"),
    failOn: failOn || void 0,
    annotate: bool(get, "annotate", true),
    maxAnnotations,
    summary: bool(get, "summary", true),
    sarifFile: get("sarif-file"),
    sarifCategory: get("sarif-category"),
    secrets: bool(get, "secrets", true),
    secretsBaseline: get("secrets-baseline"),
    onlyChanged,
    reviewComments: bool(get, "review-comments", false),
    fix: fixInput(get("fix")),
    envFiles: list(get("env-files")),
    baseline: get("baseline"),
    invocation: parseInvocation(
      {
        exclude: list(get("exclude")),
        rules: list(get("rules")),
        helmValues: lines(get("helm-values")),
        helmSet: lines(get("helm-set"))
      },
      { rules: "input rules", helmValues: "input helm-values", helmSet: "input helm-set" }
    ),
    token: get("token") || process.env.GITHUB_TOKEN || ""
  };
}
function fixInput(raw) {
  const v = raw.trim().toLowerCase() || "none";
  if (v !== "suggest" && v !== "none")
    throw new UsageError(`input fix must be suggest or none, got ${JSON.stringify(raw)}`);
  return v;
}

// src/action/runner-secrets.ts
var BENIGN = /^(PATH|HOME|PWD|OLDPWD|SHELL|SHLVL|USER|LOGNAME|LANG|LANGUAGE|LC_\w+|TERM|TZ|TMPDIR|HOSTNAME|NO_PROXY|no_proxy|CI|NODE_\w+|npm_\w+|ImageOS|ImageVersion|AGENT_TOOLSDIRECTORY|JAVA_HOME\w*|ANDROID_\w+|GOROOT\w*|XDG_\w+|DEBIAN_FRONTEND|GITHUB_(?!TOKEN)\w+|RUNNER_\w+|INPUT_(?!TOKEN$|GITHUB-TOKEN$)[\w-]+|STATE_\w+)$/;
var MIN = 8;
function runnerSecretValues(env = process.env) {
  const out = /* @__PURE__ */ new Set();
  for (const [k, v] of Object.entries(env)) {
    if (typeof v !== "string" || v.length < MIN || BENIGN.test(k)) continue;
    out.add(v);
    for (const part of v.split(/[\0\n]/)) if (part.length >= MIN) out.add(part);
  }
  return [...out];
}
function markdownEscaped(s) {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/([\\`*_[\]|~])/g, "\\$1").replace(/@/g, "&#64;");
}
function variants(v) {
  const json = JSON.stringify(v).slice(1, -1);
  const forms = /* @__PURE__ */ new Set([
    v,
    json,
    JSON.stringify(json).slice(1, -1),
    markdownEscaped(v),
    v.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;"),
    Buffer.from(v).toString("base64").replace(/=+$/, ""),
    encodeURIComponent(v)
  ]);
  return [...forms];
}
var Scrubber = class {
  forms = [];
  add(values, min = MIN) {
    const set = new Set(this.forms);
    for (const v of values) if (v.length >= min) {
      for (const f of variants(v)) if (f.length >= min) set.add(f);
    }
    this.forms = [...set].sort((a, b) => b.length - a.length);
  }
  scrub(text) {
    let out = text;
    for (const f of this.forms) if (out.includes(f)) out = out.split(f).join("****");
    return out;
  }
  /** Deep-scrub the strings of a JSON-able value (a request body). */
  scrubValue(value) {
    if (typeof value === "string") return this.scrub(value);
    if (Array.isArray(value)) return value.map((v) => this.scrubValue(v));
    if (value && typeof value === "object")
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, this.scrubValue(v)]));
    return value;
  }
};

// src/action/run-action.ts
function shellQuote(s) {
  return /^[\w./@%+=:,-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}
function reproduceCommand(inputs) {
  const args = ["npx", `clawlint@${VERSION}`, ...inputs.paths.map(shellQuote)];
  if (inputs.config) args.push("--config", shellQuote(inputs.config));
  for (const f of inputs.envFiles) args.push("--env-file", shellQuote(f));
  if (inputs.openclawVersion) args.push("--openclaw-version", shellQuote(inputs.openclawVersion));
  if (inputs.baseline) args.push("--baseline", shellQuote(inputs.baseline));
  args.push(...invocationFlags(inputs.invocation).map(shellQuote));
  if (!inputs.secrets) args.push("--no-secrets");
  else if (inputs.secretsBaseline) args.push("--secrets-baseline", shellQuote(inputs.secretsBaseline));
  args.push("--fail-on", inputs.failOn);
  return args.join(" ");
}
function workspacePath(cwd, p, input) {
  const abs = path.resolve(cwd, p);
  const rel = path.relative(cwd, abs);
  if (rel.startsWith("..") || path.isAbsolute(rel)) {
    const tmp = process.env.RUNNER_TEMP;
    if (!(tmp && !path.relative(tmp, abs).startsWith("..")))
      throw new UsageError(`input ${input} must be inside the workspace or RUNNER_TEMP: ${p}`);
  }
  return abs;
}
function writeNoFollow(cwd, abs, text) {
  try {
    mkdirConfined(path.dirname(abs), realOrSelf(cwd));
    writeConfined(abs, text, { root: realOrSelf(cwd), cwd });
  } catch (e) {
    if (e instanceof ConfinedWriteError) throw new UsageError(`input sarif-file: ${e.message}`);
    throw e;
  }
}
function describeApiError(e) {
  if (e instanceof ApiError) {
    if (e.kind === "forbidden") return `the token may not do this (HTTP ${e.status}); grant \`pull-requests: write\``;
    if (e.kind === "rate-limited") return "GitHub rate limit";
    if (e.kind === "budget") return "GitHub API time budget spent";
    return e.message;
  }
  return e.message;
}
function logTexts(scrubber) {
  const scrub = (t) => scrubber.scrub(t);
  const logText = (t) => scrub(t).replace(/##\[/g, "##\u200B[");
  const scrubProps = (p) => ({
    ...p,
    ...p.title !== void 0 ? { title: logText(p.title) } : {},
    ...p.file !== void 0 ? { file: logText(p.file) } : {}
  });
  return { scrub, logText, scrubProps };
}
async function baseCommitPolicy(cwd, ctx, client, inputs, notes) {
  if (!ctx.pr) return void 0;
  let trusted;
  const side = await trustedSide(cwd, ctx.pr.baseSha, client, ctx.repository);
  try {
    trusted = side ? await readTrustedPolicy(cwd, side, inputs) : void 0;
  } catch (e) {
    debug(`trusted policy: ${e.message}`);
  }
  if (trusted && !trusted.policyFiles)
    notes.push(
      "The base commit's custom policy files could not be listed (fetch it with `fetch-depth: 0`): this run uses the pull request's own policy files."
    );
  if (!trusted)
    notes.push(
      "The base commit's policy could not be read (fetch it with `fetch-depth: 0`, or give the token `contents: read`): this run uses the pull request's own clawlint config and baselines."
    );
  return trusted;
}
async function lintWorkspace(cwd, inputs, openclawVersion, trusted, secretFiles, notes) {
  const lint = await runLint({
    cwd,
    paths: inputs.paths,
    envFiles: inputs.envFiles,
    configFile: inputs.config || void 0,
    openclawVersion,
    openclawVersionSource: "action input openclaw-version",
    invocation: inputs.invocation,
    ...inputs.baseline ? { baseline: inputs.baseline } : {},
    ...trusted ? { trustedPolicy: trustedLintOptions(trusted).trustedPolicy } : {},
    ...inputs.secrets ? {
      secrets: {
        baseline: inputs.secretsBaseline,
        ...secretFiles ? { files: secretFiles } : {},
        ...trusted ? { trustedSettings: trustedLintOptions(trusted).secretsSettings } : {}
      }
    } : { secrets: false }
  });
  const older = lint.targets.filter((t) => t.version !== DEFAULT_OPENCLAW_VERSION || t.note);
  if (older.length)
    notes.push(
      `Validated against: ${older.slice(0, 20).map((t) => `${t.config} \u2192 ${describeTarget(t)}`).join("; ")}${older.length > 20 ? `; and ${older.length - 20} more (see --format json targets)` : ""}.`
    );
  return lint;
}
function narrowToChanges(lint, pr, inputs, found, notes) {
  const scope = changeScope(lint, pr, {
    policyFiles: [
      lint.config.file ?? "",
      lint.baseline?.file ?? "",
      lint.secrets?.baseline ?? "",
      ...inputs.envFiles,
      ...lint.config.envFiles.flatMap((e) => e.files)
    ]
  });
  if (scope.all) {
    if (pr.changed) notes.push(`Every finding is reported: ${scope.reason}.`);
    return { ...found, outsideChanges: 0 };
  }
  const kept = filterToScope(found.all, scope);
  return {
    all: kept,
    suppressed: filterToScope(found.suppressed, scope),
    outsideChanges: found.all.length - kept.length
  };
}
function writeSarifFile(cwd, inputs, everything, scrub) {
  if (!inputs.sarifFile) return { sarifPath: "", writeRefused: "" };
  const abs = workspacePath(cwd, inputs.sarifFile, "sarif-file");
  try {
    writeNoFollow(cwd, abs, scrub(formatSarif(everything, { category: inputs.sarifCategory || void 0 })));
    const rel = path.relative(cwd, abs);
    const sarifPath = rel && !rel.startsWith("..") && !path.isAbsolute(rel) ? rel.split(path.sep).join("/") : abs;
    return { sarifPath, writeRefused: "" };
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    return { sarifPath: "", writeRefused: `clawlint: ${e.message}` };
  }
}
async function reviewComments(inputs, ctx, client, pr, fresh, scrub, notes) {
  if (!inputs.reviewComments && inputs.fix !== "suggest") return;
  const changed = pr.changed;
  if (!ctx.pr) debug("review-comments: not a pull request; skipped");
  else if (ctx.readOnlyReason)
    notes.push(`Review comments skipped: ${ctx.readOnlyReason}. Findings are in the annotations and this summary.`);
  else if (!client) notes.push("Review comments skipped: no token.");
  else if (!changed || pr.source === void 0) notes.push("Review comments skipped: the changed lines are unknown.");
  else {
    try {
      const r = await postReview(client, {
        repo: ctx.repository,
        pr: ctx.pr.number,
        headSha: ctx.pr.headSha,
        // fix: suggest alone reviews only what it can fix (each comment carries the suggestion).
        findings: inputs.reviewComments ? [...fresh] : fresh.filter((f) => f.suggestion !== void 0),
        changed,
        scrub
      });
      info(
        `clawlint: review with ${r.posted} comment(s) (${r.duplicates} already on the PR, ${r.outside} not on changed lines)`
      );
    } catch (e) {
      notes.push(`Review comments skipped: ${describeApiError(e)}. Findings are in the annotations and this summary.`);
    }
  }
}
function writeJobSummary(summaryFile, run, scrub) {
  const { inputs, ctx, lint, failOn } = run;
  const secrets = lint.secrets;
  const md = formatSummary({
    findings: run.active,
    suppressed: run.suppressed,
    configs: lint.configs.length,
    failOn,
    failed: run.failed,
    serverUrl: ctx.serverUrl,
    repository: ctx.repository,
    sha: ctx.sha,
    changed: run.pr.changed,
    outsideChanges: run.outsideChanges,
    secrets: secrets ? {
      new: secrets.new,
      unchanged: secrets.unchanged,
      removed: secrets.removed,
      baselinePath: secrets.baseline,
      baselineNeedsRefresh: secrets.baselineNeedsRefresh
    } : void 0,
    notes: run.notes,
    reproduce: reproduceCommand({
      ...inputs,
      failOn,
      ...run.openclawVersion ? { openclawVersion: run.openclawVersion } : {},
      ...secrets?.baseline ? { secretsBaseline: secrets.baseline } : {}
    }),
    findingsBaseline: lint.baseline,
    sarifFile: run.sarifPath || void 0
  });
  try {
    fs4.appendFileSync(summaryFile, scrub(md));
  } catch (e) {
    warning(`clawlint: could not write the job summary: ${e.message}`);
  }
}
async function pullRequestScope(cwd, ctx, client, inputs) {
  const onlyChanged = inputs.onlyChanged === "auto" ? ctx.eventName === "pull_request" || ctx.eventName === "pull_request_target" : inputs.onlyChanged;
  const pr = ctx.pr ? await findChanged(ctx, client, cwd, (s) => info(`clawlint: ${s}`)) : { notes: [] };
  const changed = pr.changed;
  const secretFiles = onlyChanged && ctx.pr && changed && !pr.truncated && !inputs.sarifFile ? [...changed.keys()].filter((f) => fs4.existsSync(path.join(cwd, f))) : void 0;
  return { onlyChanged: Boolean(onlyChanged), pr, secretFiles };
}
function setOutputsAndVerdict(run, scrub) {
  const { lint, fresh, failOn, failed, sarifPath, writeRefused, started } = run;
  const counts = summarize(fresh);
  setOutput("findings", String(fresh.length));
  setOutput("critical", String(counts.critical));
  setOutput("warn", String(counts.warn));
  setOutput("info", String(counts.info));
  setOutput("new-secrets", String(lint.secrets?.new ?? 0));
  setOutput("sarif-file", sarifPath);
  setOutput("result", failed || writeRefused ? "fail" : "pass");
  info(
    `clawlint ${VERSION}: ${lint.configs.length} config(s), ${fresh.length} finding(s) (${counts.critical} critical, ${counts.warn} warn, ${counts.info} info) in ${Date.now() - started} ms`
  );
  if (writeRefused) setFailed(scrub(writeRefused));
  else if (failed)
    setFailed(
      `clawlint found ${counts.critical} critical, ${counts.warn} warn, ${counts.info} info (fail-on: ${failOn})`
    );
}
async function runAction() {
  const started = Date.now();
  const scrubber = new Scrubber();
  const runnerSecrets = runnerSecretValues();
  for (const v of runnerSecrets) setSecret(v);
  scrubber.add(runnerSecrets);
  try {
    await lintAndReport(scrubber, started);
  } catch (err) {
    failOnError(err, scrubber);
  }
}
async function lintAndReport(scrubber, started) {
  const inputs = readInputs();
  const cwd = path.resolve(process.env.GITHUB_WORKSPACE || process.cwd());
  const ctx = readContext();
  const notes = [];
  const openclawVersion = envInput("openclaw-version") || void 0;
  const client = inputs.token && ctx.repository ? new GitHubClient({ baseUrl: ctx.apiUrl, token: inputs.token, userAgent: `clawlint-action/${VERSION}` }) : void 0;
  const trusted = await baseCommitPolicy(cwd, ctx, client, inputs, notes);
  const { onlyChanged, pr, secretFiles } = await pullRequestScope(cwd, ctx, client, inputs);
  notes.push(...pr.notes);
  const lint = await lintWorkspace(cwd, inputs, openclawVersion, trusted, secretFiles, notes);
  for (const v of lint.secretValues) setSecret(v);
  scrubber.add(lint.secretValues, 6);
  const texts = logTexts(scrubber);
  const { scrub, logText } = texts;
  if (lint.config.file) debug(`clawlint config: ${lint.config.file}`);
  const failOn = inputs.failOn ?? lint.config.failOn ?? "critical";
  const { everything, scoped } = scopeFindings(cwd, { ctx, inputs, lint, pr, trusted, onlyChanged }, notes);
  const active = scoped.all;
  const fresh = active.filter((f) => !f.baselined);
  const failed = shouldFail(fresh, failOn);
  const { sarifPath, writeRefused } = writeSarifFile(cwd, inputs, everything, scrub);
  await reviewComments(inputs, ctx, client, pr, fresh, scrub, notes);
  for (const n of notes) notice(logText(n), { title: "clawlint" });
  annotate(inputs, fresh, pr.changed, sarifPath, notes.length, texts);
  if (inputs.summary && process.env.GITHUB_STEP_SUMMARY)
    writeJobSummary(
      process.env.GITHUB_STEP_SUMMARY,
      {
        inputs,
        ctx,
        lint,
        pr,
        active,
        suppressed: scoped.suppressed,
        outsideChanges: scoped.outsideChanges,
        failOn,
        failed,
        openclawVersion,
        sarifPath,
        notes
      },
      scrub
    );
  setOutputsAndVerdict({ lint, fresh, failOn, failed, sarifPath, writeRefused, started }, scrub);
}
function scopeFindings(cwd, run, notes) {
  const { ctx, inputs, lint, pr, trusted, onlyChanged } = run;
  const all = [...lint.findings];
  if (trusted) all.push(...weakenings(cwd, trusted, pr.changed, (f) => lint.sources.has(f)));
  const everything = [...all, ...lint.suppressed];
  let scoped = { all, suppressed: [...lint.suppressed], outsideChanges: 0 };
  if (onlyChanged && ctx.pr) scoped = narrowToChanges(lint, pr, inputs, scoped, notes);
  else if (onlyChanged) debug("only-changed: not a pull_request event; every finding is reported");
  return { everything, scoped };
}
function annotate(inputs, fresh, changed, sarifPath, reservedNotices, { logText, scrubProps }) {
  if (!inputs.annotate || inputs.maxAnnotations <= 0) return;
  const seeAlso = sarifPath ? `the job summary (or ${sarifPath})` : "the job summary";
  emitAnnotations(planAnnotations(fresh, { cap: inputs.maxAnnotations, changed, seeAlso, reservedNotices }), {
    error: (m, p) => error(logText(m), scrubProps(p)),
    warning: (m, p) => warning(logText(m), scrubProps(p)),
    notice: (m, p) => notice(logText(m), scrubProps(p))
  });
}
function failOnError(err, scrubber) {
  setOutput("result", "fail");
  if (err instanceof UsageError || err instanceof ApiError) setFailed(scrubber.scrub(`clawlint: ${err.message}`));
  else {
    const e = err;
    setFailed(
      `clawlint: internal error (${e?.name ?? "Error"}); re-run the job with debug logging for the details, and please report it`
    );
    debug(`${e?.message ?? String(err)}
${e?.stack ?? ""}`);
  }
}

// src/index.ts
await runAction();
