from django.urls import path
from wagtail.contrib.sitemaps.views import sitemap

from . import views

app_name = "portal"

urlpatterns = [
    path("tim-kiem/", views.search, name="search"),
    path("luot-xem/<int:page_id>/", views.view_count, name="view_count"),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path("sitemap.xml", sitemap, name="sitemap"),
    path("en/organisation/", views.organisation_en, name="organisation_en"),
    path("ngon-ngu/", views.language_set, name="language_set"),
]
