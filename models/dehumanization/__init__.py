"""Training of the dehumanization sentence classifier (``dehum-e5mlp-v2``).

Run ``python -m models.dehumanization.train``; the artifact (``dehum-e5mlp-v2.npz`` + ``.json``)
is read by ``nlp.dehumanization.classifier``.
"""

__all__: list[str] = []
