from django.urls import path

from . import views

app_name = "legal"

urlpatterns = [
    path("van-ban/", views.registry, name="registry"),
    path("van-ban/<int:pk>/", views.detail, name="document_detail"),
    path("van-ban/<int:pk>/tep/<int:file_id>/", views.download, name="document_file"),
]
