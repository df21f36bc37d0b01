"""`make bench` (issue #7): generated benchmark data, measurements and the report.

generate.py   a deterministic generator of a large portal (manage.py bench_data)
words.py      its Dutch and English word lists
measure.py    SQL queries and server time per page, run inside one database's settings
run.py        the whole run: databases, data, measurements, load test, docs/performance.md
report.py     the report, from the figures run.py collects
urls.py       the public site plus the minimal baseline view (cpcportal.settings.bench)
views.py      that baseline view
"""
