"""Store benchmark: ingest rate (quotes/s) and search latency (p50/p95) on >= 1M synthetic quotes.

    .venv/bin/python -m benchmarks store          # WHOSAID_BENCH_QUOTES=200000 for a quick run

Synthetic articles (invented words, Zipf-distributed) with 20 quotes each are saved through
``Store.save`` (one transaction per article, FTS5 kept by triggers, people resolved across
articles), so the rate is the store's, not the NLP pipeline's (see bench_extract for that).
Search latency is ``Store.search`` as the web page calls it: FTS5 match, top 20 by rank, the
total, and the four facets (speaker, channel, site, date).  Queries: 1-2 words drawn from the
vocabulary below its 50 most frequent words (stop-word-like), plus phrase and speaker-filtered
queries; the most frequent words are reported separately.
"""

from __future__ import annotations

import os
import random
import statistics
import tempfile
import time
from pathlib import Path

GOAL_RATE = 1000.0
GOAL_P95_MS = 50.0
QUOTES_PER_ARTICLE = 20


def _vocabulary(rng: random.Random, size: int = 6000) -> list[str]:
    syllables = ["ka", "lo", "mi", "ra", "tu", "ne", "si", "vo", "de", "pa", "ri", "zu", "be", "go", "la",
                 "mo", "fe", "ti", "no", "sa"]
    words: set[str] = set()
    while len(words) < size:
        words.add("".join(rng.choice(syllables) for _ in range(rng.randint(2, 4))))
    return sorted(words, key=lambda w: rng.random())


def _documents(n_articles: int, seed: int = 7):
    from whosaid.records import Channel, Document, Person, Quote, Span, Speaker

    rng = random.Random(seed)
    vocab = _vocabulary(rng)
    weights = [1.0 / (rank + 1) for rank in range(len(vocab))]
    cum = []
    acc = 0.0
    for w in weights:
        acc += w
        cum.append(acc)
    speakers = [f"{rng.choice(vocab).title()} {rng.choice(vocab).title()}" for _ in range(2000)]
    sites = [f"{rng.choice(vocab).title()} News" for _ in range(40)]
    channels = [Channel("interview", "Radio One"), Channel("statement"), Channel("instagram_post", "Instagram"),
                Channel("press_conference"), Channel("x_post", "X")]
    for i in range(n_articles):
        site = rng.choice(sites)
        day = f"{2021 + i % 3}-{1 + i % 12:02d}-{1 + i % 28:02d}"
        cast = rng.sample(speakers, 3)
        parts, quotes, people = [], [], {}
        pos = 0
        for j in range(QUOTES_PER_ARTICLE):
            words = rng.choices(vocab, cum_weights=cum, k=rng.randint(8, 18))
            qtext = " ".join(words)
            who = cast[j % 3]
            lead = f"{who} said: \u201c"
            start = pos + len(lead)
            parts.append(f"{lead}{qtext}\u201d ")
            pid = people.setdefault(who, f"p{len(people) + 1}")
            quotes.append(Quote(start, start + len(qtext), qtext, "direct",
                                Speaker(who, "person", Span(pos, pos + len(who), who), 0.9, pid),
                                channel=rng.choice(channels) if j % 4 == 0 else None))
            pos += len(parts[-1])
        text = "".join(parts)
        doc = Document(id=f"bench-{i}", text=text, title=f"Story {i}", url=f"https://bench.example/{i}",
                       site=site, published=day, quotes=quotes,
                       people=[Person(pid, name, [name]) for name, pid in people.items()])
        yield doc
    return


def main() -> None:
    from whosaid.store import Store

    n_quotes = int(os.environ.get("WHOSAID_BENCH_QUOTES", "1000000"))
    n_articles = max(1, n_quotes // QUOTES_PER_ARTICLE)
    rng = random.Random(11)
    keep = os.environ.get("WHOSAID_BENCH_DB")  # reuse a built store between runs (search only)
    with tempfile.TemporaryDirectory(prefix="whosaid-bench-") as tmp:
        path = Path(keep) if keep else Path(tmp) / "bench.db"
        reuse = bool(keep) and path.exists()
        store = Store(path)
        saved, ingest_s = 0, 0.0
        if reuse:
            saved = store.conn.execute("SELECT count(*) FROM quotes").fetchone()[0]
            n_articles = store.conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        else:
            # Only the saves are timed, not making the synthetic documents.
            for doc in _documents(n_articles):
                t0 = time.perf_counter()
                saved += store.save(doc).quotes
                ingest_s += time.perf_counter() - t0
        rate = saved / ingest_s if ingest_s else float("nan")
        docs = list(_documents(200))
        store.conn.execute("PRAGMA optimize")
        size_mb = path.stat().st_size / 2**20

        vocab_words = sorted({w for d in docs for q in d.quotes for w in q.text.split()})
        freq: dict[str, int] = {}
        for d in docs:
            for q in d.quotes:
                for w in set(q.text.split()):
                    freq[w] = freq.get(w, 0) + 1
        by_freq = sorted(vocab_words, key=lambda w: -freq[w])
        common, ordinary = by_freq[:50], by_freq[50:]
        speakers = [r[0] for r in store.conn.execute("SELECT name FROM people ORDER BY random() LIMIT 50")]
        queries: list[tuple[str, dict]] = []
        for k in range(300):
            kind = k % 4
            if kind in (0, 1):
                queries.append((rng.choice(ordinary), {}))
            elif kind == 2:
                queries.append((f"{rng.choice(ordinary)} {rng.choice(ordinary)}", {}))
            else:
                queries.append((rng.choice(ordinary), {"speaker": rng.choice(speakers)}))
        for q, kw in queries[:20]:  # warm the page cache
            store.search(q, **kw)
        lat = []
        for q, kw in queries:
            t = time.perf_counter()
            store.search(q, **kw)
            lat.append((time.perf_counter() - t) * 1000)
        common_lat = []
        for w in common[:20]:
            t = time.perf_counter()
            store.search(w)
            common_lat.append((time.perf_counter() - t) * 1000)
        store.close()

    def pct(values: list[float], p: float) -> float:
        return statistics.quantiles(values, n=100)[int(p) - 1] if len(values) > 1 else values[0]

    p50, p95 = pct(lat, 50), pct(lat, 95)
    print(f"store: {saved:,} quotes in {n_articles:,} articles, {size_mb:,.0f} MiB")
    if ingest_s:
        print(f"ingest rate: {rate:,.0f} quotes/s ({n_articles / ingest_s:,.0f} articles/s)"
              f"  goal >= {GOAL_RATE:,.0f}  {'OK' if rate >= GOAL_RATE else 'MISSED'}")
    else:
        print("ingest rate: not measured (reused the store in WHOSAID_BENCH_DB)")
    print(f"search latency ({len(lat)} queries, results + total + 4 facets): p50 {p50:.1f} ms, p95 {p95:.1f} ms"
          f"  goal p95 <= {GOAL_P95_MS:.0f} ms  {'OK' if p95 <= GOAL_P95_MS else 'MISSED'}")
    print(f"search latency, the 20 most frequent words: p50 {pct(common_lat, 50):.1f} ms,"
          f" max {max(common_lat):.1f} ms")


if __name__ == "__main__":
    main()
