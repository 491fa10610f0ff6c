import Foundation
import RunbookCLI

exit(RunbookCommandLine.main())
