"""Development tools beside the portal, not in the wheel: the launcher behind `make run`
and `make test` (devctl, localdb, pgprograms) and the browser tests' checkers' runtimes
(browsertools). Production settings import none of it."""
