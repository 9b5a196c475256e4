// The real Node readers, one JSON request per line on stdin, one JSON answer per line on stdout:
//   {"op": "env", "path": "...", "fast": false}  -> {"values": {...}}  dotenv.config() into an empty processEnv
//   {"op": "dsn", "url": "..."}                  -> {"url": {...}, "nodemailer": {...}}
// Started once per test session by tests/test_export_readers.py (a process per value would cost ~50 ms each).
'use strict'
const readline = require('readline')
const dotenv = require('dotenv')
const { parseConnectionUrl } = require('nodemailer/lib/shared')

function answer (request) {
  if (request.op === 'env') {
    const processEnv = {}
    const result = dotenv.config({ path: request.path, processEnv, quiet: true, fast: Boolean(request.fast) })
    if (result.error) throw result.error
    return { values: processEnv }
  }
  if (request.op === 'dsn') {
    const url = new URL(request.url) // WHATWG: username/password stay percent-encoded
    const options = parseConnectionUrl(request.url) // what nodemailer.createTransport(url) uses
    return {
      url: { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) },
      nodemailer: { user: options.auth ? options.auth.user : null, pass: options.auth ? options.auth.pass : null, host: options.host, port: options.port }
    }
  }
  throw new Error('unknown op ' + request.op)
}

readline.createInterface({ input: process.stdin, terminal: false }).on('line', line => {
  let reply
  try {
    reply = answer(JSON.parse(line))
  } catch (error) {
    reply = { error: String(error && error.stack ? error.stack : error) }
  }
  process.stdout.write(JSON.stringify(reply) + '\n')
})
