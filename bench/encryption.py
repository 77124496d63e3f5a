"""Encrypted projects (issue 9): the large corpus (100 transcripts, 1,000,000 words,
100,000 codings) plain and encrypted (a copy encrypted with File ▸ Security ▸ Encrypt),
opened and coded the same way. Run by bench/run.py, or alone: ``python bench/encryption.py``.

- open: ``Project.open`` (inspect, lock, engine; for the encrypted file the one key
  derivation from a freshly typed password), then the codebook with counts, the source
  list and the first source's text and codings, then close; median of 5.
- apply: one "apply code" (one durable transaction, full sync); median of 21.
"""

from __future__ import annotations

import json
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from ikt_desktop.services.project import Project
from ikt_desktop.services.security import Password, encrypt_project

SECRET = "bench passphrase: five words long"
BUDGETS = {"encrypted_open_ratio": 2.0, "encrypted_apply_ratio": 2.0}


def _median_ms(fn: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def _open_and_show(path: Path, secret: str | None) -> None:
    password = Password(secret) if secret else None  # typed anew: the derivation counts
    with Project.open(path, password=password) as p:
        p.codebook.all()
        first = p.sources.all()[0].id
        p.sources.text(first)
        p.codings.for_source(first)


def _apply_ms(path: Path, secret: str | None) -> float:
    with Project.open(path, password=Password(secret) if secret else None) as p:
        source = p.sources.all()[0].id
        code = p.codebook.all()[0].id
        starts = iter(range(0, 20_000, 7))
        return _median_ms(lambda: p.codings.apply(source, code, (s := next(starts)), s + 30), 21)


def encryption_bench(folder: Path, large: Path) -> dict[str, float]:
    encrypted = folder / "large-encrypted.ikt"
    shutil.copyfile(large, encrypted)
    start = time.perf_counter()
    encrypt_project(encrypted, Password(SECRET))
    encrypt_s = time.perf_counter() - start
    open_plain = _median_ms(lambda: _open_and_show(large, None), 5)
    open_encrypted = _median_ms(lambda: _open_and_show(encrypted, SECRET), 5)
    apply_plain = _apply_ms(large, None)
    apply_encrypted = _apply_ms(encrypted, SECRET)
    return {
        "encrypted_open_ratio": round(open_encrypted / open_plain, 2),
        "encrypted_apply_ratio": round(apply_encrypted / apply_plain, 2),
        "large_open_plain_ms": round(open_plain, 1),
        "large_open_encrypted_ms": round(open_encrypted, 1),
        "large_apply_plain_ms": round(apply_plain, 2),
        "large_apply_encrypted_ms": round(apply_encrypted, 2),
        "encrypt_large_s": round(encrypt_s, 2),
    }


if __name__ == "__main__":
    from corpus import large_project

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        results = encryption_bench(folder, large_project(folder / "large.ikt"))
        results_with_budgets: dict[str, object] = {**results, "budgets": BUDGETS}
        results_with_budgets["within_budget"] = all(results[k] <= v for k, v in BUDGETS.items())
        print(json.dumps(results_with_budgets))
