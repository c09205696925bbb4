"""Who may do what on a case: django-rules predicates over :class:`CaseMembership`.

One source of truth: the same membership rows decide each permission check here and filter
the case list (:func:`cases_visible_to`). A non-member is never told a case exists (the web
layer answers 404); a member without the permission gets 403.

=====================  =============  ======  ==========  ======
permission             administrator  lawyer  caseworker  viewer
=====================  =============  ======  ==========  ======
view_case              yes            yes     yes         yes
change_case            yes            yes     yes         no
export_case            yes            yes     no          no
manage_members         yes            no      no          no
view_case_audit        yes            no      no          no
delete_case            yes            no      no          no
=====================  =============  ======  ==========  ======
"""

from __future__ import annotations

from typing import Any

from django.db.models import Exists, OuterRef, QuerySet
from rules.permissions import add_perm
from rules.predicates import is_active, is_authenticated, predicate

from panah.storage.django_orm.lookup import first_values
from panah.storage.django_orm.models import CaseMembership, CaseRecord, CaseRole

__all__ = ["PERMISSIONS", "cases_visible_to", "role_of"]

A, L, C, V = CaseRole.ADMINISTRATOR, CaseRole.LAWYER, CaseRole.CASEWORKER, CaseRole.VIEWER

PERMISSIONS: dict[str, frozenset[str]] = {
    "view_case": frozenset({A, L, C, V}),
    "change_case": frozenset({A, L, C}),
    "export_case": frozenset({A, L}),
    "manage_members": frozenset({A}),
    "view_case_audit": frozenset({A}),
    "delete_case": frozenset({A}),
}


def role_of(user: Any, case: CaseRecord) -> str | None:
    """The user's role on the case, or None. Cached on the user object for one request."""
    if user is None or not getattr(user, "is_authenticated", False) or not user.is_active:
        return None
    # request.user is a lazy wrapper; the permission backend gets the account inside it.
    # One cache for both: one membership query per case and request, not one per form.
    user = getattr(user, "_wrapped", user)
    cache: dict[int, str | None] = user.__dict__.setdefault("_panah_roles", {})
    if case.pk not in cache:
        # one membership per case and account (unique together): one row or none
        found = first_values(CaseMembership, ("role",), case=case.pk, user=user.pk)
        cache[case.pk] = found[0] if found else None
    return cache[case.pk]


def forget_roles(user: Any) -> None:
    """Drop the cached roles (after a membership change)."""
    getattr(user, "_wrapped", user).__dict__.pop("_panah_roles", None)
    user.__dict__.pop("_panah_roles", None)


def _has_role(perm: str, roles: frozenset[str]) -> Any:
    @predicate(name=f"has_role_for_{perm}")
    def check(user: Any, case: CaseRecord | None) -> bool:
        if not isinstance(case, CaseRecord):
            return False
        return role_of(user, case) in roles

    return check


for _perm, _roles in PERMISSIONS.items():
    add_perm(f"panah_cases.{_perm}", _has_role(_perm, _roles))

# Any signed-in, active account may bring a new case in (and becomes its administrator).
add_perm("panah_cases.add_case", is_authenticated & is_active)


_MANY_CASES = 500


def cases_visible_to(user: Any) -> QuerySet[CaseRecord]:
    if user is None or not getattr(user, "is_authenticated", False) or not user.is_active:
        return CaseRecord.objects.none()
    memberships = CaseMembership.objects.filter(user_id=user.pk)
    # The same rows either way; the form decides how the database reads them. An account
    # with many cases: EXISTS, so that the database may read cases in the case list's order
    # from its index and stop after a page (SQLite does: 10,000 cases, 4 ms instead of 18).
    # An account with few: a join, which starts from its memberships (1 ms instead of 7).
    if memberships.count() > _MANY_CASES:
        return CaseRecord.objects.filter(Exists(memberships.filter(case_id=OuterRef("pk"))))
    return CaseRecord.objects.filter(memberships__user_id=user.pk)
