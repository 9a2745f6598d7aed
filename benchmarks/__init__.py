"""Benchmarks of newscrawl against the engine and its peers (see benchmarks/README.md)."""
