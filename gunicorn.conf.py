"""gunicorn settings, read from the environment (gunicorn loads this file from the cwd)."""

import os

bind = f"{os.environ.get('HOST', '127.0.0.1')}:{os.environ.get('PORT', '8000')}"
workers = int(os.environ.get("WEB_CONCURRENCY", "3"))
timeout = 30
graceful_timeout = 10
# Behind a reverse proxy on the same host; set FORWARDED_ALLOW_IPS for another address.
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1,::1")
# No control socket in the home folder: the process manager (or Ctrl-C) controls us.
control_socket_disable = True
accesslog = "-"
errorlog = "-"
# No client address and no query string: neither belongs in a log (privacy by default).
access_log_format = '%(t)s "%(m)s %(U)s" %(s)s %(B)s %(M)sms'
