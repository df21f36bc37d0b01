"""Log lines for operators: one line per event, never an e-mail address or a password."""

import logging
import re

EMAIL = re.compile(r"[\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(?:\.[\w-]+)+")
SECRET = re.compile(r"(?i)(password|passwd|secret|token)(\W{1,3})([^\s&,;'\"]+)")


def redact(text: str) -> str:
    text = EMAIL.sub("[e-mail]", text)
    return SECRET.sub(r"\1\2[redacted]", text)


class OneLineRedactingFormatter(logging.Formatter):
    """Folds a traceback onto the event's own line and redacts personal data.

    One line per event keeps a log readable with grep and safe for line-based collectors;
    an exception message can carry an address (a unique-constraint error says which
    value clashed), so redaction runs over the whole formatted text.
    """

    def format(self, record: logging.LogRecord) -> str:
        text = super().format(record)
        return redact(text.replace("\r", "").replace("\n", " | "))
