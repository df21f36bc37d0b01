"""The demo's themes and target groups as plain mappings, for `manage.py bench_data`,
which gives its generated projects the demo's themes."""

from .files import read_data


def read_vocabulary() -> tuple[dict, dict]:
    data = read_data()
    themes = {item["slug"]: (item["name"], item.get("dac_code", "")) for item in data["themes"]}
    groups = {item["slug"]: item["name"] for item in data["target_groups"]}
    return themes, groups


# slug: ((Dutch name, English name), DAC 5 code); slug: (Dutch name, English name)
THEMES, TARGET_GROUPS = read_vocabulary()
