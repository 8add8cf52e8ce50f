package vn.thituyen.common;

/**
 * Where a module that issues official papers finds its letterhead (the settings belong to module publication,
 * which implements this), without depending on that module.
 */
public interface Letterheads {

    /**
     * The letterhead of a campaign's papers: the campaign's recruiting authority where it names one (printed in
     * capitals), otherwise the settings' authority; the parent authority and the place from the settings.
     * @param campaignAuthority the campaign's authority, or null
     */
    Letterhead forAuthority(String campaignAuthority);
}
