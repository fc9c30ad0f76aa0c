from django.urls import path

from . import views

app_name = "events"

urlpatterns = [
    path("su-kien/", views.event_list, name="list"),
    path("su-kien/ve/<str:code>.svg", views.registration_qr, name="qr"),
    path("su-kien/<slug:slug>/", views.event_detail, name="detail"),
    path("su-kien/<slug:slug>/lich.ics", views.event_ics_download, name="ics"),
    path("su-kien/<slug:slug>/dang-ky/", views.registration_create_view, name="register"),
    path("su-kien/<slug:slug>/dang-ky/<str:code>/", views.registration_detail, name="registration"),
    path("su-kien/<slug:slug>/huy-dang-ky/", views.registration_cancel_view, name="cancel"),
]
