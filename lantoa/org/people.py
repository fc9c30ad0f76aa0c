"""Names as Vietnamese write them: family and middle name first, given name last."""


def person_name(user) -> str:
    """"Trần Thị" + "Bình" → "Trần Thị Bình" (Django's get_full_name would say "Bình Trần Thị")."""
    if user is None:
        return ""
    name = " ".join(part for part in (user.last_name.strip(), user.first_name.strip()) if part)
    return name or user.get_username()
