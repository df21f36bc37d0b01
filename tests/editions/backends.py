"""A mail server connection that stops the process after a number of e-mails."""

from django.core.mail.backends.locmem import EmailBackend


class ProcessStopped(BaseException):
    """What a killed worker looks like from inside: not an error anyone catches."""


class StoppingBackend(EmailBackend):
    remaining = 0  # set by the test

    def send_messages(self, messages):
        if StoppingBackend.remaining < len(messages):
            raise ProcessStopped
        StoppingBackend.remaining -= len(messages)
        return super().send_messages(messages)
