from django.urls import path

from . import views

app_name = "procedures"

urlpatterns = [
    path("dich-vu-cong/", views.catalogue, name="catalogue"),
    path("dich-vu-cong/<int:pk>/", views.detail, name="detail"),
]
