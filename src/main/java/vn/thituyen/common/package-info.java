/** Small shared pieces only: i18n, PDF fonts, the injected clock, error types. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package vn.thituyen.common;
