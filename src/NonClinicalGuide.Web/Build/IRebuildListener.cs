using NonClinicalGuide.Web.Vocabulary;

namespace NonClinicalGuide.Web.Build;

// Told after every attempt to build the catalogue, with the errors that stopped it (none when the new catalogue
// is live). Each listener is registered as a service and handed to the builder in its constructor, so what
// reacts to a rebuild is listed with the services, not wired up inside Map… or Use… methods.
public interface IRebuildListener
{
    void Rebuilt(IReadOnlyList<ContentError> errors);
}
