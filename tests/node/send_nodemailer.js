// Nodemailer, fed only the wizard's export (the transport options as JSON, or a URL):
//   node send_nodemailer.js OPTIONS_JSON_OR_URL_FILE RECIPIENT SUBJECT
// The private CA is trusted the way an admin would for a Node service
// (NODE_EXTRA_CA_CERTS) unless the export itself carries `tls.ca`.
// Exit 0 once the server accepted the message; otherwise Nodemailer's error
// code and message on stderr (never the options: they hold the password).
'use strict'
const fs = require('fs')
const nodemailer = require('nodemailer')

const [file, to, subject] = process.argv.slice(2)
const text = fs.readFileSync(file, 'utf8').trim()
let transport, from
if (/^smtps?:/.test(text)) {
  // The URL form, as createTransport(url) takes it (lib/shared parseConnectionUrl).
  const url = new URL(text)
  from = decodeURIComponent(url.username)
  url.searchParams.set('connectionTimeout', '15000')
  transport = nodemailer.createTransport(url.toString())
} else {
  // The export: {"transport": createTransport's options, "defaults": its defaults}.
  const exported = JSON.parse(text)
  transport = nodemailer.createTransport(exported.transport, exported.defaults)
  from = undefined // the defaults' from
}
transport.sendMail({ from, to, subject, text: 'Sent by the real Nodemailer consumer.' })
  .then(info => { process.stdout.write(info.response + '\n'); process.exit(0) })
  .catch(error => { process.stderr.write(`Nodemailer: ${error.code || ''} ${error.message}\n`); process.exit(1) })
