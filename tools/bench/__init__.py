"""`make bench` (issue #7): generated benchmark data, measurements and the report.

A Django app that only its own settings install (settings.py), so that `manage.py
bench_data` exists there and nowhere else; not part of the wheel.

generate.py        a deterministic generator of a large portal (manage.py bench_data); its
generate_*.py      steps per kind of content, and the random choices they share (_base)
words.py           its Dutch and English word lists
measure.py         SQL queries and server time per page, run inside one database's settings
run.py             the whole run: databases, data, measurements, load test, the report
load.py            the load test: gunicorn under wrk
machine.py         the machine and versions the report names
report.py          docs/performance.md, from the figures run.py collects
settings.py        the production settings plus this app and the baseline view's URL
urls.py, views.py  the public site plus the minimal baseline view
management/commands/bench_data.py   manage.py bench_data
"""
