// What Nodemailer makes of the `nodemailer` target's JSON: node transport.js FILE
// prints the connection it would open (host, port, implicit TLS or not, STARTTLS
// required or ignored), the sign-in and the default From, as one JSON line.
'use strict'
const fs = require('fs')
const nodemailer = require('nodemailer')
const SMTPConnection = require('nodemailer/lib/smtp-connection')

const settings = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'))
const transporter = nodemailer.createTransport(settings.transport, settings.defaults)
const connection = new SMTPConnection(transporter.transporter.options)
console.log(JSON.stringify({
  host: connection.options.host,
  port: connection.port,
  secure: connection.secureConnection,
  requireTLS: Boolean(connection.options.requireTLS),
  ignoreTLS: Boolean(connection.options.ignoreTLS),
  auth: transporter.transporter.auth || null,
  from: transporter._defaults.from || null
}))
