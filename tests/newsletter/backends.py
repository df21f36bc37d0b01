"""E-mail backends for tests: a mail server that is down."""

import smtplib

from django.core.mail.backends.base import BaseEmailBackend


class FailingBackend(BaseEmailBackend):
    """Refuses every message, as an unreachable SMTP server would."""

    def send_messages(self, email_messages):
        raise smtplib.SMTPException("connection refused for ada@example.org")


class DownBackend(BaseEmailBackend):
    def send_messages(self, email_messages):
        raise OSError("Network is unreachable")
