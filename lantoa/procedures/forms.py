from django import forms
from django.utils.translation import gettext_lazy as _


class ImportForm(forms.Form):
    file = forms.FileField(label=_("Excel file (.xlsx)"), help_text=_("Use the layout of an exported catalogue."))
