"""Log lines for operators: one line per event, never an e-mail address or a password."""

import logging
import re

# An address may also arrive URL-encoded (jan%40example.org) in a logged path or body.
# A quote may be part of an address but not its first character, so 'jan@example.org'
# in a repr keeps its opening quote.
EMAIL = re.compile(r"[\w.!#$%&*+/=?^`{|}~-][\w.!#$%&'*+/=?^`{|}~-]*(?:@|%40)[\w-]+(?:\.[\w-]+)+")
# The separator covers key=value, "key: value" and the reprs of dicts and QueryDicts
# ('password': ['hunter2']) as well as PostgreSQL's "Key (password)=(...)".
SECRET = re.compile(
    r"(?i)(password|passwd|secret|token)"
    r"([\"')\]]*\s*[:=]\s*[\[(]?\s*[\"']?|\s+)"
    r"([^\s&,;'\"]+)"
)
# user:password@ in a URL such as a database URL.
URL_CREDENTIALS = re.compile(r"(://[^\s:/@]+:)[^\s/@]+@")


def redact(text: str) -> str:
    text = URL_CREDENTIALS.sub(r"\1[redacted]@", text)
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


class AsOneWarning(logging.Filter):
    """Turns an event into a WARNING without its traceback.

    For requests the portal refuses on purpose, such as a `Host` header it does not
    serve: bots send them all day, the traceback only ever shows Django's own host check,
    and at ERROR they would drown the errors someone must act on.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        record.levelno = logging.WARNING
        record.levelname = logging.getLevelName(logging.WARNING)
        record.exc_info = None
        record.exc_text = None
        record.stack_info = None
        return True
