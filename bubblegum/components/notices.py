"""The bridge from `NoticeState` to the toaster (see `state/notices.py` for why)."""

from __future__ import annotations

import reflex as rx
from reflex.vars.base import Var, VarData
from reflex_components_sonner.toast import toast_ref

from bubblegum.state.notices import NoticeState


class _NoticeBridge(rx.Fragment):
    """Renders nothing; its hook shows a toast each time `NoticeState.seq` changes (not for
    the value it mounts with, so a notice is not shown again after a reload)."""

    def add_hooks(self) -> list[str | Var]:
        seq, level, message = NoticeState.seq, NoticeState.level, NoticeState.message
        effect = (f"useEffect(() => {{ if ({seq!s} !== shownNotice.current) {{ shownNotice.current = {seq!s}; "
                  f"{toast_ref!s}?.[{level!s}]?.({message!s}); }} }}, [{seq!s}]);")
        data = VarData.merge(seq._get_all_var_data(), level._get_all_var_data(), message._get_all_var_data(),
                             toast_ref._get_all_var_data(), VarData(imports={"react": ["useEffect", "useRef"]}))
        return [Var(_js_expr=f"const shownNotice = useRef({seq!s});", _var_data=data), effect]


@rx.memo
def _notice_bridge() -> rx.Component:
    return _NoticeBridge.create()


def notice_bridge() -> rx.Component:
    """For the app wraps: a component of its own, so its hooks run inside the state provider."""
    return rx.fragment(_notice_bridge())
