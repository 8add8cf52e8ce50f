/** The campaign workspace's screens, and the campaign picker every staff screen shows. */
@org.springframework.modulith.NamedInterface("ui")
package vn.thituyen.campaign.ui;
