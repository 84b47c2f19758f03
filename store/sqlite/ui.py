"""Local user accounts and the export log on SQLite (used by the ui room)."""

from __future__ import annotations

from store.accounts import ExportLogEntry, UserAccount
from store.sqlite.codec import to_ts
from store.sqlite.connection import SqliteConnections


class UiMixin:
    db: SqliteConnections

    def upsert_user(self, account: UserAccount) -> None:
        with self.db.write() as conn:
            conn.execute("INSERT INTO ui_users(username, role, data) VALUES (?,?,?) ON CONFLICT(username) "
                         "DO UPDATE SET role=excluded.role, data=excluded.data",
                         (account.username, account.role, account.model_dump_json()))

    def get_user(self, username: str) -> UserAccount | None:
        r = self.db.conn.execute("SELECT data FROM ui_users WHERE username=?", (username,)).fetchone()
        return UserAccount.model_validate_json(r[0]) if r else None

    def list_users(self) -> list[UserAccount]:
        rows = self.db.conn.execute("SELECT data FROM ui_users ORDER BY username")
        return [UserAccount.model_validate_json(r[0]) for r in rows]

    def log_export(self, entry: ExportLogEntry) -> None:
        with self.db.write() as conn:
            conn.execute("INSERT INTO ui_export_log(at, actor, data) VALUES (?,?,?)",
                         (to_ts(entry.at), entry.actor, entry.model_dump_json()))

    def list_exports(self, limit: int = 100) -> list[ExportLogEntry]:
        rows = self.db.conn.execute("SELECT data FROM ui_export_log ORDER BY id DESC LIMIT ?", (int(limit),))
        return [ExportLogEntry.model_validate_json(r[0]) for r in rows]
