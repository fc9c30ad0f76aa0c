from django.conf import settings


def site(request):
    return {
        "LANTOA_LANGUAGES": settings.LANGUAGES,
        "LANTOA_PROVINCE_PORTAL_URL": settings.LANTOA_PROVINCE_PORTAL_URL,
    }
