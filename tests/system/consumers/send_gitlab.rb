# GitLab's mail path, fed only the gitlab.rb lines the wizard exported.
#
#   ruby send_gitlab.rb GITLAB_RB RECIPIENT
#
# GitLab is not installable here. Omnibus evaluates gitlab.rb with a
# `gitlab_rails` hash; ActionMailer hands those values to the mail gem, whose
# Mail::SMTP#deliver! drives Ruby's own Net::SMTP (build_smtp_session): smtp_tls
# (or smtp_ssl) → enable_tls, else smtp_enable_starttls_auto → enable_starttls_auto
# (opportunistic), an SSL context with verify_mode and ca_file.
#
# One difference from the replay in tests/targets/test_gitlab.py: Ruby's net-smtp
# >= 0.2 (0.3.1 here) starts every session with STARTTLS :auto, with its own
# default SSL context. mikel/mail#1435 and #1536 (rails/rails#44698; applications
# carried them as a patch of mail 2.8.1) turn that off when neither tls nor
# enable_starttls_auto is set; so does this driver, else "no encryption" would
# upgrade with a context that lacks smtp_ca_file.
# Exit 0 once the server accepted the message; otherwise the error's class and
# message (never the settings: they hold the password).
require 'net/smtp'
require 'openssl'

gitlab_rails = {}
eval(File.read(ARGV[0]), binding, 'gitlab.rb')
s = gitlab_rails
recipient = ARGV[1]
abort 'gitlab.rb: smtp_enable is not true' unless s['smtp_enable']
smtp = Net::SMTP.new(s['smtp_address'], s['smtp_port'])
context = OpenSSL::SSL::SSLContext.new
context.verify_mode =
  s['smtp_openssl_verify_mode'] == 'none' ? OpenSSL::SSL::VERIFY_NONE : OpenSSL::SSL::VERIFY_PEER
context.ca_file = s['smtp_ca_file'] if s['smtp_ca_file']
if s['smtp_tls'] || s['smtp_ssl']
  smtp.disable_starttls
  smtp.enable_tls(context)
elsif s['smtp_enable_starttls_auto']
  smtp.enable_starttls_auto(context)
else
  smtp.disable_starttls
end
smtp.open_timeout = 15
smtp.read_timeout = 15
message = "From: #{s['gitlab_email_from']}\r\nTo: #{recipient}\r\n" \
  "Subject: issue 14 gitlab\r\n\r\nSent by Ruby's Net::SMTP as GitLab drives it.\r\n"
begin
  smtp.start(s['smtp_domain'] || 'localhost', s['smtp_user_name'], s['smtp_password'],
             s['smtp_user_name'] ? s['smtp_authentication'].to_sym : nil) do |session|
    session.send_message(message, s['gitlab_email_from'], recipient)
  end
rescue StandardError, Timeout::Error => e
  password = s['smtp_password'].to_s
  text = password.empty? ? e.message : e.message.gsub(password, '***')
  warn "Net::SMTP: #{e.class}: #{text}"
  exit 1
end
