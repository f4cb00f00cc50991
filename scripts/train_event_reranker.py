"""Train the event-type reranker experiment: multinomial logistic regression over MiniLM embeddings.

    .venv/bin/python scripts/train_event_reranker.py --out /tmp/type_reranker.npz

Not shipped: as a reranker of the rules' candidate types for ambiguous event words it left the PLOVER
GSR figures unchanged at a 2x margin and lowered them without one (docs/events.md, "Issue 15"), so the
coder does not use it. The script stays so the experiment can be repeated with better training data.

Training data is public and never a set the project measures with: the NGEC synthetic stories
(../shared/data/public/events/ngec_plover_synthetic, MIT, machine-written news with the PLOVER type
the story was prompted for). Each story gives two rows, as NGEC's demonstration classifier used:
its headline and its first sentence. Embeddings come from the project's own encoder
(``tidings.dedup.embed``, the pinned all-MiniLM-L6-v2 weights); the model is plain numpy softmax
regression with L2 and class weights (no new dependency). A fixed 10% of the stories is held out
and its accuracy is written into the provenance file beside the coefficients.

Never train on dev-world, the PLOVER GSR dev half or the dev sets: they measure this component.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import hashlib
import io
import json
import re
import sys
import zipfile
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
NGEC = ROOT.parent / "shared/data/public/events/ngec_plover_synthetic"
ZIP = NGEC / "gpt_synthetic_events_2023-10-19_19.csv.zip"


def first_sentence(text: str) -> str:
    text = " ".join(text.split())
    m = re.search(r"(?<=[a-z0-9\)\"'])[.!?](?=\s+[A-Z\"'])", text)
    return text[: m.end()] if m else text[:400]


def load_rows() -> tuple[list[str], list[str], list[int]]:
    """(texts, labels, story index) from the NGEC synthetic stories: headline and first sentence."""
    with zipfile.ZipFile(ZIP) as z:
        name = next(n for n in z.namelist() if n.endswith(".csv"))
        rows = list(csv.DictReader(io.TextIOWrapper(z.open(name), "utf-8")))
    texts, labels, story = [], [], []
    for i, r in enumerate(rows):
        head = (r.get("prompt") or "").split("\n")[0].strip()
        for t in (head, first_sentence(r.get("text") or "")):
            if len(t.split()) >= 3:
                texts.append(t)
                labels.append(r["label"])
                story.append(i)
    return texts, labels, story


def softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(1, keepdims=True)


def fit(x: np.ndarray, y: np.ndarray, k: int, *, l2: float = 1e-3, epochs: int = 400, lr: float = 2.0) -> tuple[np.ndarray, np.ndarray]:
    """Class-weighted softmax regression by full-batch gradient descent (convex; 9,000 x 384 is small)."""
    n, d = x.shape
    w = np.zeros((d, k), dtype=np.float64)
    b = np.zeros(k, dtype=np.float64)
    counts = np.bincount(y, minlength=k).astype(np.float64)
    cw = (n / (k * np.maximum(counts, 1)))[y][:, None]
    onehot = np.eye(k)[y]
    for _ in range(epochs):
        p = softmax(x @ w + b)
        g = (p - onehot) * cw / n
        w -= lr * (x.T @ g + l2 * w)
        b -= lr * g.sum(0)
    return w, b


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path, required=True, help="where to write the coefficients (.npz) and provenance (.json)")
    a = ap.parse_args(argv)
    if not ZIP.exists():
        print(f"train_event_reranker: no NGEC synthetic stories at {ZIP}", file=sys.stderr)
        return 2
    from tidings.dedup.embed import load_model, model_dir

    texts, labels, story = load_rows()
    classes = sorted(set(labels))
    y = np.array([classes.index(c) for c in labels])
    x = load_model().encode(texts, processes=2).astype(np.float64)
    held = np.array([(s * 2654435761) % 10 == 0 for s in story])  # a fixed 10% of stories
    w, b = fit(x[~held], y[~held], len(classes))
    acc = float((np.argmax(x[held] @ w + b, 1) == y[held]).mean())
    top3 = float(np.mean([yy in np.argsort(-r)[:3] for r, yy in zip(x[held] @ w + b, y[held])]))
    w, b = fit(x, y, len(classes))  # the shipped model uses every row
    a.out.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(a.out, w=w.astype(np.float32), b=b.astype(np.float32), classes=np.array(classes))
    weights = model_dir() / "model.safetensors"
    prov = {
        "model": "multinomial logistic regression (numpy, L2 1e-3, class-weighted) over all-MiniLM-L6-v2 mean-pooled embeddings",
        "encoder_sha256": hashlib.sha256(weights.read_bytes()).hexdigest(),
        "training_data": "NGEC synthetic PLOVER stories (ahalterman/NGEC-2025 a3909e2, MIT): headline + first sentence",
        "rows": len(texts), "classes": classes,
        "heldout_story_accuracy": round(acc, 3), "heldout_story_top3": round(top3, 3),
        "script": "scripts/train_event_reranker.py", "trained": dt.date.today().isoformat(),
        "never_trained_on": ["dev-world", "PLOVER GSR dev half", "shared/data/dev", "eval/gold"],
    }
    a.out.with_suffix(".json").write_text(json.dumps(prov, indent=1) + "\n")
    print(f"{len(texts)} rows, {len(classes)} classes; held-out stories: accuracy {acc:.3f}, top-3 {top3:.3f} -> {a.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
