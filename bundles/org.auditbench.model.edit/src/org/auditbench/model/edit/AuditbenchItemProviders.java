package org.auditbench.model.edit;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Date;

import org.auditbench.model.Assessment;
import org.auditbench.model.AuditCase;
import org.auditbench.model.AuditEvent;
import org.auditbench.model.DomainScan;
import org.auditbench.model.Letter;
import org.auditbench.model.MailDomain;
import org.auditbench.model.MailServer;
import org.auditbench.model.Measure;
import org.auditbench.model.NetAddress;
import org.auditbench.model.Observation;
import org.auditbench.model.PortState;
import org.auditbench.model.Provider;
import org.auditbench.model.ScanRun;
import org.auditbench.model.Statement;
import org.auditbench.model.edit.internal.AuditbenchEditPlugin;
import org.auditbench.model.provider.AssessmentItemProvider;
import org.auditbench.model.provider.AuditCaseItemProvider;
import org.auditbench.model.provider.AuditEventItemProvider;
import org.auditbench.model.provider.AuditItemProviderAdapterFactory;
import org.auditbench.model.provider.DomainScanItemProvider;
import org.auditbench.model.provider.LetterItemProvider;
import org.auditbench.model.provider.MailDomainItemProvider;
import org.auditbench.model.provider.MailServerItemProvider;
import org.auditbench.model.provider.MeasureItemProvider;
import org.auditbench.model.provider.NetAddressItemProvider;
import org.auditbench.model.provider.ObservationItemProvider;
import org.auditbench.model.provider.PortStateItemProvider;
import org.auditbench.model.provider.ProviderItemProvider;
import org.auditbench.model.provider.ScanRunItemProvider;
import org.auditbench.model.provider.StatementItemProvider;
import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.util.Enumerator;

/**
 * The item provider factory the UI uses: the generated providers, with labels in the auditor's words
 * where the generated "Type id" label says nothing (addresses, ports, findings, dates). The generated
 * code stays untouched; the few labels that need more than one feature are composed here.
 */
public class AuditbenchItemProviders extends AuditItemProviderAdapterFactory {

    /** A date as the user's locale writes it (the workbench runs with -nl de or en). */
    public static String date(Date date) {
        return date == null ? "" : date(date.toInstant().atZone(ZoneId.systemDefault()).toLocalDate());
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).format(date);
    }

    /** The translated label of an enum literal, as in the Properties view. */
    public static String literal(Enumerator literal) {
        if (literal == null) {
            return "";
        }
        String type = literal.getClass().getSimpleName();
        return AuditbenchEditPlugin.INSTANCE.getString("_UI_" + type + "_" + literal.getName() + "_literal");
    }

    @Override
    public Adapter createMailDomainAdapter() {
        if (mailDomainItemProvider == null) {
            mailDomainItemProvider = new MailDomainItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return ((MailDomain) object).getUnicodeName();
                }
            };
        }
        return mailDomainItemProvider;
    }

    @Override
    public Adapter createProviderAdapter() {
        if (providerItemProvider == null) {
            providerItemProvider = new ProviderItemProvider(this) {
                @Override
                public String getText(Object object) {
                    Provider provider = (Provider) object;
                    return provider.getOrganisation() + " (AS" + provider.getAsNumber() + ")";
                }
            };
        }
        return providerItemProvider;
    }

    @Override
    public Adapter createScanRunAdapter() {
        if (scanRunItemProvider == null) {
            scanRunItemProvider = new ScanRunItemProvider(this) {
                @Override
                public String getText(Object object) {
                    ScanRun run = (ScanRun) object;
                    return getString("_UI_ScanRun_type") + " " + date(run.getStartedAt()) + " (" + literal(run.getStatus()) + ")";
                }
            };
        }
        return scanRunItemProvider;
    }

    @Override
    public Adapter createDomainScanAdapter() {
        if (domainScanItemProvider == null) {
            domainScanItemProvider = new DomainScanItemProvider(this) {
                @Override
                public String getText(Object object) {
                    DomainScan scan = (DomainScan) object;
                    return scan.getDomainName() + " (" + date(scan.getCheckedAt()) + ")";
                }
            };
        }
        return domainScanItemProvider;
    }

    @Override
    public Adapter createMailServerAdapter() {
        if (mailServerItemProvider == null) {
            mailServerItemProvider = new MailServerItemProvider(this) {
                @Override
                public String getText(Object object) {
                    MailServer server = (MailServer) object;
                    return server.getHost() + (server.isImplicit() ? "" : " (" + server.getPreference() + ")");
                }
            };
        }
        return mailServerItemProvider;
    }

    @Override
    public Adapter createNetAddressAdapter() {
        if (netAddressItemProvider == null) {
            netAddressItemProvider = new NetAddressItemProvider(this) {
                @Override
                public String getText(Object object) {
                    NetAddress address = (NetAddress) object;
                    return address.getIp() + (address.getServerKind() == null ? "" : " - " + literal(address.getServerKind()))
                            + (address.getProvider() == null ? "" : " - AS" + address.getProvider().getAsNumber());
                }
            };
        }
        return netAddressItemProvider;
    }

    @Override
    public Adapter createPortStateAdapter() {
        if (portStateItemProvider == null) {
            portStateItemProvider = new PortStateItemProvider(this) {
                @Override
                public String getText(Object object) {
                    PortState port = (PortState) object;
                    return port.getPort() + "/tcp " + literal(port.getState());
                }
            };
        }
        return portStateItemProvider;
    }

    @Override
    public Adapter createObservationAdapter() {
        if (observationItemProvider == null) {
            observationItemProvider = new ObservationItemProvider(this) {
                @Override
                public String getText(Object object) {
                    Observation observation = (Observation) object;
                    return observation.getCheckId() + " " + observation.getTarget() + ": " + literal(observation.getStatus());
                }
            };
        }
        return observationItemProvider;
    }

    @Override
    public Adapter createAuditCaseAdapter() {
        if (auditCaseItemProvider == null) {
            auditCaseItemProvider = new AuditCaseItemProvider(this) {
                @Override
                public String getText(Object object) {
                    AuditCase auditCase = (AuditCase) object;
                    String name = auditCase.getInstitution() == null ? "?" : auditCase.getInstitution().getName();
                    return name + " - " + literal(auditCase.getState());
                }
            };
        }
        return auditCaseItemProvider;
    }

    @Override
    public Adapter createLetterAdapter() {
        if (letterItemProvider == null) {
            letterItemProvider = new LetterItemProvider(this) {
                @Override
                public String getText(Object object) {
                    Letter letter = (Letter) object;
                    return literal(letter.getKind()) + " " + date(letter.getSentOn() != null ? letter.getSentOn() : letter.getGeneratedAt());
                }
            };
        }
        return letterItemProvider;
    }

    @Override
    public Adapter createStatementAdapter() {
        if (statementItemProvider == null) {
            statementItemProvider = new StatementItemProvider(this) {
                @Override
                public String getText(Object object) {
                    Statement statement = (Statement) object;
                    return literal(statement.getKind()) + " " + date(statement.getReceivedOn());
                }
            };
        }
        return statementItemProvider;
    }

    @Override
    public Adapter createMeasureAdapter() {
        if (measureItemProvider == null) {
            measureItemProvider = new MeasureItemProvider(this) {
                @Override
                public String getText(Object object) {
                    Measure measure = (Measure) object;
                    return date(measure.getDate()) + " " + literal(measure.getKind());
                }
            };
        }
        return measureItemProvider;
    }

    @Override
    public Adapter createAssessmentAdapter() {
        if (assessmentItemProvider == null) {
            assessmentItemProvider = new AssessmentItemProvider(this) {
                @Override
                public String getText(Object object) {
                    Assessment assessment = (Assessment) object;
                    return getString("_UI_Assessment_type") + ": " + literal(assessment.getVerdict());
                }
            };
        }
        return assessmentItemProvider;
    }

    @Override
    public Adapter createAuditEventAdapter() {
        if (auditEventItemProvider == null) {
            auditEventItemProvider = new AuditEventItemProvider(this) {
                @Override
                public String getText(Object object) {
                    AuditEvent event = (AuditEvent) object;
                    return date(event.getAt()) + " " + event.getActor() + ": " + event.getAction();
                }
            };
        }
        return auditEventItemProvider;
    }
}
