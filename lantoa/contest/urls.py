from django.urls import path

from . import views

app_name = "contest"

urlpatterns = [
    path("cuoc-thi/", views.index, name="index"),
    path("cuoc-thi/dang-ky/", views.register, name="register"),
    path("cuoc-thi/dang-nhap/", views.login_view, name="login"),
    path("cuoc-thi/dang-xuat/", views.logout_view, name="logout"),
    path("cuoc-thi/dot/<int:round_id>/bat-dau/", views.attempt_start, name="start"),
    path("cuoc-thi/dot/<int:round_id>/ket-qua/", views.round_results, name="results"),
    path("cuoc-thi/bai-thi/<int:attempt_id>/", views.attempt_page, name="attempt"),
    path("cuoc-thi/bai-thi/<int:attempt_id>/cau/<int:question_id>/", views.answer_save, name="answer"),
    path("cuoc-thi/bai-thi/<int:attempt_id>/nop-bai/", views.attempt_submit, name="submit"),
    path("cuoc-thi/<slug:slug>/thong-ke/", views.contest_stats, name="stats"),
]
