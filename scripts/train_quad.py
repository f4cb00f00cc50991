"""Train (and cross-validate) the sentence quad-class experiment on real labelled news sentences.

    PYTHONPATH=src .venv/bin/python scripts/train_quad.py --cv 5 [--arch bow|ensemble|minilm|all]
    PYTHONPATH=src .venv/bin/python scripts/train_quad.py --arch bow --out /tmp/quad_textcat

Training data (read from ../shared at training time only; never copied into the repository):
``../shared/data/public/events/conflibert_cameo_train/cameo_class_train.tsv``, 1,349 real news
sentences from the ConfliBERT repository (GPL-3.0 repository; the CAMEO set cites Multi-CoPED,
Parolin et al., AIES 2022; research use), each labelled with CAMEO's PentaClass of its main event:
0 statement (CAMEO 01 make a public statement, 02 appeal: "expressed concern", "called on X to"),
1 verbal cooperation (03-05), 2 material cooperation (06-08), 3 verbal conflict (09-13),
4 material conflict (14-20). Label 0 is NOT "no event": appeals are PLOVER REQUESTs.

Architectures compared by stratified k-fold cross-validation (accuracy, macro F1, per-class F1):
  bow       spaCy ``textcat`` (exclusive classes), TextCatBOW.v3 over unigrams and bigrams
  ensemble  spaCy ``textcat`` default: bag of words + a hashed-embedding CNN (no static vectors)
  minilm    class-weighted softmax regression (numpy) over the project's all-MiniLM-L6-v2 embeddings

Never train on dev-world, realdev/realdev2, the PLOVER GSR dev half, shared/data/dev or eval/gold:
they measure the coder. Note: 927 of the 1,150 sentences of ConfliBERT's actor-tag file (the
``conflibert`` set of eval/events.py) are also in this training file, so that set is in-sample for
a model trained here; the PLOVER GSR dev half shares no sentence with it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared/data/public/events/conflibert_cameo_train/cameo_class_train.tsv"
LABELS = ("STATEMENT", "VERBAL_COOP", "MATERIAL_COOP", "VERBAL_CONFLICT", "MATERIAL_CONFLICT")


def load_rows(path: Path = DATA) -> tuple[list[str], list[int]]:
    texts, ys = [], []
    for line in path.open(encoding="utf-8"):
        line = line.rstrip("\r\n")
        if not line.strip():
            continue
        text, _, lab = line.rpartition("\t")
        texts.append(" ".join(text.split()))
        ys.append(int(lab))
    return texts, ys


def folds(y: list[int], k: int, seed: int = 13) -> list[int]:
    """Stratified fold number of each row."""
    rng = random.Random(seed)
    fold = [0] * len(y)
    for c in sorted(set(y)):
        idx = [i for i, v in enumerate(y) if v == c]
        rng.shuffle(idx)
        for j, i in enumerate(idx):
            fold[i] = j % k
    return fold


# -- spaCy textcat -----------------------------------------------------------------------------------
BOW = {
    "@architectures": "spacy.TextCatBOW.v3",
    "exclusive_classes": True,
    "ngram_size": 2,
    "no_output_layer": False,
    "length": 262144,
}


def spacy_fit(texts: list[str], ys: list[int], arch: str, *, epochs: int = 12, seed: int = 0):
    import spacy
    from spacy.training import Example
    from spacy.util import fix_random_seed, minibatch

    fix_random_seed(seed)
    nlp = spacy.blank("en")
    cfg = {"model": BOW} if arch == "bow" else {}
    tc = nlp.add_pipe("textcat", config=cfg)
    for lab in LABELS:
        tc.add_label(lab)

    def ex(t: str, y: int) -> Example:
        return Example.from_dict(nlp.make_doc(t), {"cats": {lab: float(i == y) for i, lab in enumerate(LABELS)}})

    examples = [ex(t, y) for t, y in zip(texts, ys)]
    opt = nlp.initialize(lambda: examples)
    rng = random.Random(seed)
    for _ in range(epochs):
        rng.shuffle(examples)
        for batch in minibatch(examples, size=16):
            nlp.update(batch, sgd=opt, drop=0.2)
    return nlp


def spacy_proba(nlp, texts: list[str]) -> np.ndarray:
    return np.array([[d.cats[lab] for lab in LABELS] for d in nlp.pipe(texts)])


# -- MiniLM + softmax regression --------------------------------------------------------------------
def _softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(1, keepdims=True)


def lr_fit(x: np.ndarray, y: np.ndarray, k: int, *, l2: float = 1e-3, epochs: int = 600, lr: float = 2.0):
    n, d = x.shape
    w = np.zeros((d, k))
    b = np.zeros(k)
    counts = np.bincount(y, minlength=k).astype(float)
    cw = (n / (k * np.maximum(counts, 1)))[y][:, None]
    onehot = np.eye(k)[y]
    for _ in range(epochs):
        g = (_softmax(x @ w + b) - onehot) * cw / n
        w -= lr * (x.T @ g + l2 * w)
        b -= lr * g.sum(0)
    return w, b


_EMB: dict[str, np.ndarray] = {}


def embed(texts: list[str]) -> np.ndarray:
    from tidings.dedup.embed import load_model

    todo = [t for t in dict.fromkeys(texts) if t not in _EMB]
    if todo:
        for t, v in zip(todo, load_model().encode(todo, processes=2)):
            _EMB[t] = np.asarray(v, dtype=np.float64)
    return np.stack([_EMB[t] for t in texts])


# -- scoring ------------------------------------------------------------------------------------------
def scores(y: np.ndarray, p: np.ndarray) -> dict:
    pred = p.argmax(1)
    f1 = []
    for c in range(len(LABELS)):
        tp = int(((pred == c) & (y == c)).sum())
        prec = tp / max(1, int((pred == c).sum()))
        rec = tp / max(1, int((y == c).sum()))
        f1.append(0.0 if tp == 0 else 2 * prec * rec / (prec + rec))
    conf = p.max(1)
    out = {"accuracy": float((pred == y).mean()), "macro_f1": float(np.mean(f1)), "f1": [round(v, 3) for v in f1]}
    for th in (0.6, 0.8, 0.9):
        sel = conf >= th
        out[f"acc@p>={th}"] = (round(float((pred[sel] == y[sel]).mean()), 3) if sel.any() else None, int(sel.sum()))
    return out


def cross_validate(arch: str, texts: list[str], ys: list[int], k: int) -> np.ndarray:
    fold = folds(ys, k)
    y = np.array(ys)
    p = np.zeros((len(ys), len(LABELS)))
    for f in range(k):
        tr = [i for i in range(len(ys)) if fold[i] != f]
        te = [i for i in range(len(ys)) if fold[i] == f]
        if arch == "minilm":
            x = embed(texts)
            w, b = lr_fit(x[tr], y[tr], len(LABELS))
            p[te] = _softmax(x[te] @ w + b)
        else:
            nlp = spacy_fit([texts[i] for i in tr], [ys[i] for i in tr], arch)
            p[te] = spacy_proba(nlp, [texts[i] for i in te])
    return p


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--arch", default="bow", choices=("bow", "ensemble", "minilm", "all"))
    ap.add_argument("--cv", type=int, default=0, help="k-fold cross-validation only (no model written)")
    ap.add_argument("--out", type=Path, help="directory to write the trained spaCy pipeline to")
    ap.add_argument("--save-cv", type=Path, help="write the out-of-fold probabilities (npz) here")
    a = ap.parse_args(argv)
    if not DATA.exists():
        print(f"train_quad: no training data at {DATA}", file=sys.stderr)
        return 2
    texts, ys = load_rows()
    print(f"{len(texts)} sentences; classes {np.bincount(ys).tolist()}")
    if a.cv:
        archs = ("bow", "ensemble", "minilm") if a.arch == "all" else (a.arch,)
        probs = {}
        for arch in archs:
            p = cross_validate(arch, texts, ys, a.cv)
            probs[arch] = p
            print(arch, json.dumps(scores(np.array(ys), p)), flush=True)
        if len(archs) > 1:
            avg = np.mean([probs[x] for x in archs], axis=0)
            print("average", json.dumps(scores(np.array(ys), avg)))
        if a.save_cv:
            np.savez(a.save_cv, y=np.array(ys), **probs)
        return 0
    if a.out is None or a.arch == "all":
        print("train_quad: --out needs one --arch", file=sys.stderr)
        return 2
    if a.arch == "minilm":  # coefficients only: the encoder is the project's own pinned MiniLM
        cv = scores(np.array(ys), cross_validate("minilm", texts, ys, 5))
        w, b = lr_fit(embed(texts), np.array(ys), len(LABELS))
        a.out.mkdir(parents=True, exist_ok=True)
        np.savez_compressed(a.out / "quad_minilm.npz", w=w.astype(np.float32), b=b.astype(np.float32))
        print(f"5-fold CV {json.dumps(cv)}; model -> {a.out}")
        return 0
    p = cross_validate(a.arch, texts, ys, 5)
    cv = scores(np.array(ys), p)
    nlp = spacy_fit(texts, ys, a.arch)
    a.out.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(a.out)
    prov = {
        "model": f"spaCy {__import__('spacy').__version__} textcat (exclusive classes), arch {a.arch}",
        "labels": list(LABELS),
        "training_data": "ConfliBERT cameo_class_train.tsv (eventdata/ConfliBERT 0b63001, GPL-3.0 repository; "
        "CAMEO PentaClass labels; Multi-CoPED, Parolin et al. 2022)",
        "rows": len(texts),
        "cv5": cv,
        "command": f"PYTHONPATH=src .venv/bin/python scripts/train_quad.py --arch {a.arch} --out {a.out}",
        "trained": dt.date.today().isoformat(),
        "never_trained_on": ["dev-world", "realdev", "realdev2", "PLOVER GSR dev half", "shared/data/dev", "eval/gold"],
    }
    (a.out / "PROVENANCE.json").write_text(json.dumps(prov, indent=1) + "\n")
    print(f"5-fold CV {json.dumps(cv)}; model -> {a.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
