"""ui: the Streamlit interface (``ui/app.py``) and the export logic it shares with the CLI.

Importing ``ui`` does not import Streamlit; the app and its views do.

Exceptions (``ui.auth``)::

    AuthError
    ├── PermissionDenied
    └── LoginFailed
    ValueError
    └── AccountError   (ui.accounts: unknown or existing user, last admin)
"""

from ui.accounts import AccountError
from ui.auth import Action, AuthError, LoginFailed, PermissionDenied, Role, User, require
from ui.settings import UiSettings

__all__ = ["AccountError", "Action", "AuthError", "LoginFailed", "PermissionDenied", "Role", "UiSettings", "User", "require"]
