"""The demo content: the five organisations of the domain brief, their networks, projects,
donors and partnerships, in Dutch and English, kept in data files (demo/data/*.yaml) and
loaded by `manage.py load_demo`. Development and test settings install this app;
production settings do not."""
