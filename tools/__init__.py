"""Developer tooling outside the shipped packages: the launcher and the benchmark."""
