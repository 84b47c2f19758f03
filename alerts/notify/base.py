"""What a notification channel is: ``channel`` name and ``send(item)`` raising ``DeliveryError``."""

from __future__ import annotations

from typing import Protocol

from store import OutboxItem

__all__ = ["DeliveryError", "Notifier"]


class DeliveryError(Exception):
    """A send failed. ``permanent`` failures go straight to the dead letters (no retry helps)."""

    def __init__(self, message: str, permanent: bool = False) -> None:
        super().__init__(message)
        self.permanent = permanent


class Notifier(Protocol):
    channel: str

    def send(self, item: OutboxItem) -> None: ...
