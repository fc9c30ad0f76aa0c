from django.urls import path

from . import views

app_name = "reports"

urlpatterns = [
    path("bieu-duong/", views.commendations, name="commendations"),
]
