"""Development tools beside the portal, not in the wheel: the launcher behind `make run`
and `make test` (devctl, localdb, pgprograms), the browser tests' Java and Node
(browsertools) and the benchmark (bench). Production settings import none of it."""
