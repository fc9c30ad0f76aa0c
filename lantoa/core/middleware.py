from django.conf import settings
from django.utils import translation


class LanguageMiddleware:
    """Vietnamese unless the reader chose another language (the language cookie).

    Unlike Django's LocaleMiddleware this ignores Accept-Language: a Vietnamese portal read on a
    phone set to English should still be Vietnamese, and anonymous pages cache per language.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.permitted = {code for code, _name in settings.LANGUAGES}

    def __call__(self, request):
        language = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
        if language not in self.permitted:
            language = settings.LANGUAGE_CODE
        translation.activate(language)
        request.LANGUAGE_CODE = language
        response = self.get_response(request)
        response.headers.setdefault("Content-Language", language)
        return response
