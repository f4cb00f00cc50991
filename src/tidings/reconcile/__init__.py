"""Reconciliation: mentions of one event, within and across articles, merged into one event."""

from .merge import Cluster, Merger, compatible, merged_event

__all__ = ["Cluster", "Merger", "compatible", "merged_event"]
