"""`make bench` (issue #7): generated benchmark data, measurements and the report.

A Django app that only its own settings install (settings.py), so that `manage.py
bench_data` exists there and nowhere else; not part of the wheel.

generate.py   a deterministic generator of a large portal (manage.py bench_data)
words.py      its Dutch and English word lists
measure.py    SQL queries and server time per page, run inside one database's settings
run.py        the whole run: databases, data, measurements, load test, docs/performance.md
report.py     the report, from the figures run.py collects
settings.py   the production settings plus this app and the baseline view's URL
urls.py       the public site plus the minimal baseline view
views.py      that baseline view
management/commands/bench_data.py   manage.py bench_data
"""
