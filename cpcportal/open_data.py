"""The licence the network publishes its open data under (the open-data page, the API)."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Licence:
    name: str
    url: str


CC_BY_4 = Licence("CC BY 4.0", "https://creativecommons.org/licenses/by/4.0/")


def licence() -> Licence:
    """CC BY 4.0: everyone may reuse the data for any purpose, naming the network."""
    return CC_BY_4
