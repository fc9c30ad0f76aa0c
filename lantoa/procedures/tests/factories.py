import factory

from lantoa.legal.tests.factories import DocumentFactory
from lantoa.org.models import Unit
from lantoa.org.tests.factories import UnitFactory
from lantoa.procedures.models import Channel, DossierComponent, Procedure, ProcedureStep


class DivisionFactory(UnitFactory):
    code = factory.Sequence(lambda n: f"phong-{n}")
    name = factory.Sequence(lambda n: f"Phòng chuyên môn {n}")
    kind = Unit.Kind.DIVISION


class ProcedureFactory(factory.django.DjangoModelFactory):
    """A complete, published guide (steps, channel, dossier, legal basis) unless told otherwise."""

    class Meta:
        model = Procedure
        skip_postgeneration_save = True

    code = factory.Sequence(lambda n: f"TT-{n:03d}")
    name = factory.Sequence(lambda n: f"Thủ tục thử số {n}")
    field = "Văn bằng, chứng chỉ"
    level = Procedure.Level.FULL
    division = factory.SubFactory(DivisionFactory)
    live = True

    @factory.post_generation
    def complete(self, create, extracted, **kwargs):
        if extracted is False:
            return
        ProcedureStep.objects.create(procedure=self, sort_order=0, text="Nộp hồ sơ trực tuyến.")
        Channel.objects.create(procedure=self, sort_order=0, kind=Channel.Kind.ONLINE,
                               time_limit="05 ngày làm việc", fee="Không")
        DossierComponent.objects.create(procedure=self, sort_order=0, name="Đơn đề nghị")
        self.legal_bases.set([DocumentFactory()])
        self.save()
