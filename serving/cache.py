"""Executed answers kept per corpus version: the same request bytes give the same response."""

from __future__ import annotations

from collections import OrderedDict

__all__ = ["ResponseCache"]


class ResponseCache:
    """Response bodies of executed requests, by corpus version and request bytes (LRU).

    Bounded in entries and bytes; a body larger than ``max_entry_bytes`` is not kept.
    A new corpus version empties it: no old answer is ever served for a new corpus.
    """

    def __init__(
        self,
        max_entries: int = 4096,
        max_bytes: int = 64 * 1024 * 1024,
        max_entry_bytes: int = 1024 * 1024,
    ) -> None:
        self.max_entries = max_entries
        self.max_bytes = max_bytes
        self.max_entry_bytes = max_entry_bytes
        self._version: str | None = None
        self._entries: OrderedDict[bytes, bytes] = OrderedDict()
        self._bytes = 0

    def get(self, version: str, key: bytes) -> bytes | None:
        if version != self._version:
            return None
        found = self._entries.get(key)
        if found is not None:
            self._entries.move_to_end(key)
        return found

    def put(self, version: str, key: bytes, content: bytes) -> None:
        if version != self._version:
            self._version = version
            self._entries.clear()
            self._bytes = 0
        if len(content) > self.max_entry_bytes or key in self._entries:
            return
        self._entries[key] = content
        self._bytes += len(content) + len(key)
        while len(self._entries) > self.max_entries or self._bytes > self.max_bytes:
            old_key, old = self._entries.popitem(last=False)
            self._bytes -= len(old) + len(old_key)

    def __len__(self) -> int:
        return len(self._entries)
