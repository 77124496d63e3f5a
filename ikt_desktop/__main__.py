from ikt_desktop.app import main

raise SystemExit(main())
